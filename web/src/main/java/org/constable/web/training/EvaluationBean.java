package org.constable.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.constable.platform.BusinessException;
import org.constable.training.EvaluationForm;
import org.constable.training.InstructorEvaluations;
import org.constable.training.RatingInput;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.ViewParameters;

/** 评教 on the phone: stars for each instructor of a session the trainee attended, then send. */
@Named
@ViewScoped
public class EvaluationBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One instructor's stars as the trainee sets them. */
  public static final class Marks implements Serializable {
    private static final long serialVersionUID = 1L;
    private final EvaluationForm.Teacher teacher;
    private Integer content;
    private Integer method;
    private Integer overall;
    private String remark;

    Marks(EvaluationForm.Teacher teacher) {
      this.teacher = teacher;
    }

    RatingInput input() {
      return new RatingInput(
          teacher.instructorId(), stars(content), stars(method), stars(overall), remark);
    }

    private static int stars(Integer value) {
      return value == null ? 0 : value;
    }

    public EvaluationForm.Teacher getTeacher() {
      return teacher;
    }

    public Integer getContent() {
      return content;
    }

    public void setContent(Integer content) {
      this.content = content;
    }

    public Integer getMethod() {
      return method;
    }

    public void setMethod(Integer method) {
      this.method = method;
    }

    public Integer getOverall() {
      return overall;
    }

    public void setOverall(Integer overall) {
      this.overall = overall;
    }

    public String getRemark() {
      return remark;
    }

    public void setRemark(String remark) {
      this.remark = remark;
    }
  }

  @Inject private InstructorEvaluations evaluations;

  private String id;
  private EvaluationForm form;
  private List<Marks> marks;
  private boolean sent;
  private List<EvaluationForm> due;

  /** The view action: a hand-edited id is 404; a session not attended or already rated says so. */
  public void load() {
    long sessionId = ViewParameters.id("TrainingSession", id);
    try {
      form = evaluations.form(sessionId);
      marks = new ArrayList<>();
      form.instructors().forEach(t -> marks.add(new Marks(t)));
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public void send() {
    try {
      evaluations.give(form.sessionId(), marks.stream().map(Marks::input).toList());
      sent = true;
      FacesMessages.info("training.evaluation.thanks");
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  /** The caller's sessions waiting for its rating (the "my training" page). */
  public List<EvaluationForm> getDue() {
    if (due == null) {
      due = evaluations.due();
    }
    return due;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public EvaluationForm getForm() {
    return form;
  }

  public List<Marks> getMarks() {
    return marks;
  }

  public int getMinimumRatings() {
    return evaluations.minimumRatings();
  }

  public int getWindowDays() {
    return InstructorEvaluations.WINDOW_DAYS;
  }

  public boolean isSent() {
    return sent;
  }
}
