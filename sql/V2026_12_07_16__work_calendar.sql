-- The State Council's yearly holiday arrangement (国务院办公厅关于部分节假日安排的通知): public holidays
-- and the weekend days worked in exchange (调休上班). Annual leave counts working days only, and
-- statutory holidays and rest days inside it are not leave (职工带薪年休假条例 art. 3): a working day is
-- a Monday to Friday that is not a holiday here, or a day marked WORKDAY here.
CREATE TABLE work_calendar_day (
  calendar_day  DATE               NOT NULL,
  -- HOLIDAY: a day off though a weekday may fall on it; WORKDAY: a weekend day worked
  day_kind      VARCHAR2(10 CHAR)  NOT NULL,
  name_zh       VARCHAR2(40 CHAR)  NOT NULL,
  name_en       VARCHAR2(60 CHAR)  NOT NULL,
  version       NUMBER(10)         DEFAULT 0 NOT NULL,
  CONSTRAINT pk_work_calendar_day PRIMARY KEY (calendar_day),
  CONSTRAINT ck_work_calendar_kind CHECK (day_kind IN ('HOLIDAY', 'WORKDAY'))
);

-- 2025 (国办发明电〔2024〕12号)
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-01-01', 'HOLIDAY', '元旦', 'New Year''s Day');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-01-26', 'WORKDAY', '春节调休上班', 'Spring Festival, worked');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-01-28', 'HOLIDAY', '春节', 'Spring Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-01-29', 'HOLIDAY', '春节', 'Spring Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-01-30', 'HOLIDAY', '春节', 'Spring Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-01-31', 'HOLIDAY', '春节', 'Spring Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-02-03', 'HOLIDAY', '春节', 'Spring Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-02-04', 'HOLIDAY', '春节', 'Spring Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-02-08', 'WORKDAY', '春节调休上班', 'Spring Festival, worked');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-04-04', 'HOLIDAY', '清明节', 'Qingming Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-04-27', 'WORKDAY', '劳动节调休上班', 'Labour Day, worked');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-05-01', 'HOLIDAY', '劳动节', 'Labour Day');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-05-02', 'HOLIDAY', '劳动节', 'Labour Day');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-05-05', 'HOLIDAY', '劳动节', 'Labour Day');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-06-02', 'HOLIDAY', '端午节', 'Dragon Boat Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-09-28', 'WORKDAY', '国庆节调休上班', 'National Day, worked');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-10-01', 'HOLIDAY', '国庆节、中秋节', 'National Day, Mid-Autumn');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-10-02', 'HOLIDAY', '国庆节、中秋节', 'National Day, Mid-Autumn');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-10-03', 'HOLIDAY', '国庆节、中秋节', 'National Day, Mid-Autumn');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-10-06', 'HOLIDAY', '国庆节、中秋节', 'National Day, Mid-Autumn');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-10-07', 'HOLIDAY', '国庆节、中秋节', 'National Day, Mid-Autumn');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-10-08', 'HOLIDAY', '国庆节、中秋节', 'National Day, Mid-Autumn');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2025-10-11', 'WORKDAY', '国庆节调休上班', 'National Day, worked');

-- 2026 (国办发明电〔2025〕7号)
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-01-01', 'HOLIDAY', '元旦', 'New Year''s Day');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-01-02', 'HOLIDAY', '元旦', 'New Year''s Day');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-01-04', 'WORKDAY', '元旦调休上班', 'New Year, worked');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-02-14', 'WORKDAY', '春节调休上班', 'Spring Festival, worked');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-02-16', 'HOLIDAY', '春节', 'Spring Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-02-17', 'HOLIDAY', '春节', 'Spring Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-02-18', 'HOLIDAY', '春节', 'Spring Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-02-19', 'HOLIDAY', '春节', 'Spring Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-02-20', 'HOLIDAY', '春节', 'Spring Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-02-23', 'HOLIDAY', '春节', 'Spring Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-02-28', 'WORKDAY', '春节调休上班', 'Spring Festival, worked');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-04-06', 'HOLIDAY', '清明节', 'Qingming Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-05-01', 'HOLIDAY', '劳动节', 'Labour Day');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-05-04', 'HOLIDAY', '劳动节', 'Labour Day');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-05-05', 'HOLIDAY', '劳动节', 'Labour Day');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-05-09', 'WORKDAY', '劳动节调休上班', 'Labour Day, worked');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-06-19', 'HOLIDAY', '端午节', 'Dragon Boat Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-09-20', 'WORKDAY', '国庆节调休上班', 'National Day, worked');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-09-25', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-10-01', 'HOLIDAY', '国庆节', 'National Day');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-10-02', 'HOLIDAY', '国庆节', 'National Day');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-10-05', 'HOLIDAY', '国庆节', 'National Day');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-10-06', 'HOLIDAY', '国庆节', 'National Day');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-10-07', 'HOLIDAY', '国庆节', 'National Day');
INSERT INTO work_calendar_day (calendar_day, day_kind, name_zh, name_en) VALUES (DATE '2026-10-10', 'WORKDAY', '国庆节调休上班', 'National Day, worked');
