package org.constable.web.personnel;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constable.personnel.OrgUnitAdministration;
import org.constable.personnel.UnitKind;
import org.constable.personnel.UnitRow;
import org.constable.security.CurrentUser;
import org.constable.security.Permissions;
import org.constable.web.shell.FacesMessages;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** The unit tree of the user's scope, and the changes HR and ADMIN make to it. */
@Named
@ViewScoped
public class UnitsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OrgUnitAdministration units;
  @Inject private CurrentUser currentUser;

  private TreeNode<UnitRow> root;
  private TreeNode<UnitRow> selectedNode;
  private String nameZh;
  private String nameEn;
  private UnitRow moveTo;
  private String childCode;
  private String childNameZh;
  private String childNameEn;
  private UnitKind childKind = UnitKind.DEPARTMENT;

  @PostConstruct
  void load() {
    root = new DefaultTreeNode<>(null, null);
    Map<Long, TreeNode<UnitRow>> nodes = new HashMap<>();
    for (UnitRow unit : units.tree()) {
      // path order: a parent inside the scope always comes before its children
      TreeNode<UnitRow> parent = nodes.getOrDefault(unit.parentId(), root);
      TreeNode<UnitRow> node = new DefaultTreeNode<>(unit, parent);
      node.setExpanded(parent == root);
      nodes.put(unit.id(), node);
    }
  }

  public void select() {
    if (selectedNode != null) {
      nameZh = selectedNode.getData().nameZh();
      nameEn = selectedNode.getData().nameEn();
    }
  }

  public void rename() {
    run(
        () -> units.rename(selectedId(), nameZh, nameEn, units.versionOf(selectedId())),
        "units.renamed");
  }

  public void move() {
    if (moveTo == null) {
      FacesMessages.error("units.moveToRequired");
      return;
    }
    run(
        () -> units.move(selectedId(), moveTo.code(), units.versionOf(selectedId())),
        "units.moved");
  }

  public void close() {
    run(() -> units.close(selectedId(), units.versionOf(selectedId())), "units.closed");
  }

  public void addChild() {
    run(
        () ->
            units.add(
                selectedNode.getData().code(), childCode, childNameZh, childNameEn, childKind),
        "units.added");
  }

  private void run(Runnable change, String successKey) {
    if (selectedNode == null) {
      FacesMessages.error("units.selectFirst");
      return;
    }
    if (FacesMessages.attempt(change, successKey)) {
      load();
      selectedNode = null;
    }
  }

  private long selectedId() {
    return selectedNode.getData().id();
  }

  public boolean isEditable() {
    return currentUser.can(Permissions.ORGUNIT_WRITE);
  }

  public List<UnitKind> getChildKinds() {
    return Arrays.stream(UnitKind.values()).filter(k -> k != UnitKind.CITY_BUREAU).toList();
  }

  public TreeNode<UnitRow> getRoot() {
    return root;
  }

  public TreeNode<UnitRow> getSelectedNode() {
    return selectedNode;
  }

  public void setSelectedNode(TreeNode<UnitRow> selectedNode) {
    this.selectedNode = selectedNode;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public UnitRow getMoveTo() {
    return moveTo;
  }

  public void setMoveTo(UnitRow moveTo) {
    this.moveTo = moveTo;
  }

  public String getChildCode() {
    return childCode;
  }

  public void setChildCode(String childCode) {
    this.childCode = childCode;
  }

  public String getChildNameZh() {
    return childNameZh;
  }

  public void setChildNameZh(String childNameZh) {
    this.childNameZh = childNameZh;
  }

  public String getChildNameEn() {
    return childNameEn;
  }

  public void setChildNameEn(String childNameEn) {
    this.childNameEn = childNameEn;
  }

  public UnitKind getChildKind() {
    return childKind;
  }

  public void setChildKind(UnitKind childKind) {
    this.childKind = childKind;
  }
}
