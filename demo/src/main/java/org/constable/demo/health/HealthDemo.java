package org.constable.demo.health;

import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.constable.demo.CapabilityDemo;
import org.constable.demo.DemoContext;
import org.constable.demo.SequenceIds;

/**
 * Three years of yearly health checks for the serving force: a check each year for most, none this
 * year for about one in seven (overdue), a few never checked; chronic conditions found more often
 * with age, kept once found (so the archive shows a trend); a recheck asked for now and then, some
 * of them past (overdue too). The demo officer has three checks and hypertension found in the last
 * two.
 */
@Dependent
public class HealthDemo implements CapabilityDemo {

  private static final Logger LOG = Logger.getLogger(HealthDemo.class.getName());
  private static final List<String> INSTITUTIONS =
      List.of("巴彦淖尔市医院", "巴彦淖尔市第二医院", "临河区人民医院", "五原县人民医院");

  /** The conditions, each with its chance per year in percent for an officer of 45 or older. */
  private static final List<String> CONDITIONS =
      List.of("HYPERTEN", "LIPID", "GASTRITIS", "DIABETES", "CARDIO", "HEPATITIS");

  private static final int[] OLDER_PERCENT = {12, 10, 6, 4, 3, 1};

  @Override
  public int order() {
    return 28;
  }

  @Override
  public void write(DemoContext context) {
    Connection c = context.em().unwrap(Connection.class);
    SplittableRandom random = context.random("health");
    LocalDate today = context.today();
    int year = today.getYear();
    var ids = new SequenceIds(c, "health_seq");
    long demoOfficer =
        SequenceIds.firstId(
            c,
            "SELECT a.officer_id FROM account a WHERE NOT EXISTS (SELECT 1 FROM"
                + " account_role r WHERE r.account_id = a.id AND r.role_code <> 'OFFICER') ORDER BY a.id");
    int checks = 0;
    int found = 0;
    int officerCount = 0;
    Timestamp now = Timestamp.valueOf(context.now());
    try (PreparedStatement officers =
            c.prepareStatement(
                "SELECT o.id, o.birth_date FROM officer o WHERE o.status IN ('ON_DUTY',"
                    + " 'OFF_POST_TRAINING', 'SICK_LEAVE') ORDER BY o.id");
        PreparedStatement check =
            c.prepareStatement(
                "INSERT INTO health_check (id, officer_id, checked_on, institution, conclusion,"
                    + " findings, follow_up_on, recorded_at, recorded_by, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0)");
        PreparedStatement condition =
            c.prepareStatement(
                "INSERT INTO health_check_condition (check_id, condition_code) VALUES (?, ?)");
        ResultSet o = officers.executeQuery()) {
      while (o.next()) {
        long officer = o.getLong(1);
        LocalDate born = o.getDate(2).toLocalDate();
        boolean demo = officer == demoOfficer;
        if (!demo && random.nextInt(100) < 2) {
          continue; // never checked
        }
        Set<String> conditions = new TreeSet<>();
        for (int y = year - 2; y <= year; y++) {
          if (!demo && y == year && random.nextInt(100) < 14) {
            continue; // not yet this year
          }
          LocalDate day = checkDay(y, today, random);
          int age = day.getYear() - born.getYear();
          if (demo) {
            if (y >= year - 1) {
              conditions.add("HYPERTEN");
            }
          } else {
            for (int i = 0; i < CONDITIONS.size(); i++) {
              int percent = age >= 45 ? OLDER_PERCENT[i] : OLDER_PERCENT[i] / 3;
              if (random.nextInt(100) < percent) {
                conditions.add(CONDITIONS.get(i));
              }
            }
          }
          boolean recheck = !demo && !conditions.isEmpty() && random.nextInt(100) < 25;
          long id = ids.next();
          check.setLong(1, id);
          check.setLong(2, officer);
          check.setDate(3, Date.valueOf(day));
          check.setString(4, INSTITUTIONS.get(random.nextInt(INSTITUTIONS.size())));
          check.setString(5, recheck ? "RECHECK" : conditions.isEmpty() ? "NORMAL" : "MINOR");
          check.setString(6, conditions.isEmpty() ? null : findings(conditions));
          check.setDate(7, recheck ? Date.valueOf(day.plusMonths(3)) : null);
          check.setTimestamp(8, now);
          check.addBatch();
          checks++;
          for (String code : conditions) {
            condition.setLong(1, id);
            condition.setString(2, code);
            condition.addBatch();
            found++;
          }
        }
        if (++officerCount % 500 == 0) {
          check.executeBatch();
          condition.executeBatch();
        }
      }
      check.executeBatch();
      condition.executeBatch();
      LOG.info(String.format("Health demo: %d checks, %d conditions found", checks, found));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the health demo", e);
    }
  }

  /** A working day from March to October of the year, and before today. */
  private static LocalDate checkDay(int year, LocalDate today, SplittableRandom random) {
    LocalDate day = LocalDate.of(year, 3, 1).plusDays(random.nextInt(240));
    if (!day.isBefore(today)) {
      day = today.minusDays(1 + random.nextInt(60));
    }
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.minusDays(1);
      case SUNDAY -> day.minusDays(2);
      default -> day;
    };
  }

  private static String findings(Set<String> conditions) {
    StringBuilder text = new StringBuilder();
    for (String code : conditions) {
      text.append(
          switch (code) {
            case "HYPERTEN" -> "血压偏高；";
            case "LIPID" -> "血脂偏高；";
            case "GASTRITIS" -> "胃镜示慢性浅表性胃炎；";
            case "DIABETES" -> "空腹血糖偏高；";
            case "CARDIO" -> "心电图ST段改变；";
            default -> "乙肝表面抗原阳性；";
          });
    }
    return text.toString();
  }
}
