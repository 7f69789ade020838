-- Schema version 4: the work-visa advisor's rules, kept as data an administrator
-- edits (DOMAIN.md §2: the rules change; each has the date it took effect).
-- A rule applies to a student when every condition it sets holds: the school
-- type, the field of study (a pattern whose keywords the faculty text contains),
-- the 専門士 title, and a JLPT level at least as high as the one named.

CREATE TABLE visa_rules (
    id             INTEGER PRIMARY KEY,
    rule_no        TEXT NOT NULL UNIQUE,
    effective_from TEXT NOT NULL,
    effective_to   TEXT,
    school_type    TEXT,     -- NULL: any school type
    field_pattern  INTEGER CHECK (field_pattern IS NULL OR field_pattern BETWEEN 1 AND 4),
    needs_senmonshi INTEGER CHECK (needs_senmonshi IS NULL OR needs_senmonshi BETWEEN 0 AND 1),
    min_jlpt       TEXT CHECK (min_jlpt IS NULL OR min_jlpt = 'N1' OR min_jlpt = 'N2' OR min_jlpt = 'N3' OR
                                min_jlpt = 'N4' OR min_jlpt = 'N5'),
    verdict        TEXT NOT NULL CHECK (verdict = 'candidate' OR verdict = 'warning' OR verdict = 'barrier'),
    status         TEXT,     -- the residence status a candidate rule points to
    message_ja     TEXT NOT NULL,
    message_en     TEXT NOT NULL
) STRICT;

-- The four patterns of 専門学校 fields (the seed, section 4), by keywords of the
-- field of study.
CREATE TABLE visa_field_keywords (
    pattern INTEGER NOT NULL CHECK (pattern BETWEEN 1 AND 4),
    keyword TEXT NOT NULL,
    PRIMARY KEY (pattern, keyword)
) STRICT;

-- Facts about a student the interchange files do not carry.
CREATE TABLE student_visa_facts (
    student_no TEXT PRIMARY KEY REFERENCES students (student_no),
    senmonshi  INTEGER NOT NULL DEFAULT 0 CHECK (senmonshi BETWEEN 0 AND 1)
) STRICT;

INSERT INTO visa_field_keywords (pattern, keyword) VALUES
    (1, '歯科衛生'), (1, '看護'), (1, '臨床工学'),
    (2, '歯科技工'), (2, '柔道整復'), (2, '鍼灸'), (2, 'はり'), (2, '調理'), (2, '理容'), (2, '美容'), (2, '保育'),
    (3, '介護'),
    (4, 'トリマー'), (4, 'トリミング'), (4, 'アパレル'), (4, 'エステ');

INSERT INTO visa_rules (rule_no, effective_from, effective_to, school_type, field_pattern, needs_senmonshi, min_jlpt,
                        verdict, status, message_ja, message_en) VALUES
    ('R01', '1990-06-01', NULL, 'university', NULL, NULL, NULL, 'candidate', 'engineer_humanities_international',
     '大学卒業（学士）: 専攻と関連する業務なら「技術・人文知識・国際業務」の候補',
     'University degree: Engineer / Specialist in Humanities / International Services, for work related to the field'),
    ('R02', '1990-06-01', NULL, 'graduate_school', NULL, NULL, NULL, 'candidate', 'engineer_humanities_international',
     '大学院修了: 「技術・人文知識・国際業務」の候補（高度専門職も検討）',
     'Graduate degree: Engineer / Specialist in Humanities / International Services (consider Highly Skilled)'),
    ('R03', '1990-06-01', NULL, 'junior_college', NULL, NULL, NULL, 'candidate', 'engineer_humanities_international',
     '短期大学卒業（短期大学士）: 専攻と関連する業務なら「技術・人文知識・国際業務」の候補',
     'Junior college degree: Engineer / Specialist in Humanities / International Services, for related work'),
    ('R04', '1990-06-01', NULL, 'technical_college', NULL, NULL, NULL, 'candidate', 'engineer_humanities_international',
     '高等専門学校卒業（準学士）: 関連する業務なら「技術・人文知識・国際業務」の候補',
     'College of technology: Engineer / Specialist in Humanities / International Services, for related work'),
    ('R05', '1994-06-01', NULL, 'vocational_college', NULL, 1, NULL, 'candidate', 'engineer_humanities_international',
     '専門学校（専門士）: 専攻と密接に関連する業務なら「技術・人文知識・国際業務」の候補',
     'Specialised training college with the 専門士 title: Engineer / Specialist in Humanities / International Services, for work closely related to the field'),
    ('R06', '1994-06-01', NULL, 'vocational_college', NULL, 0, NULL, 'warning', NULL,
     '専門士の称号が確認できません。2年以上の文部科学大臣認定課程の修了が必要です',
     'No 専門士 title recorded: a MEXT-designated course of two years or more is required for the work statuses'),
    ('R07', '1990-06-01', NULL, 'vocational_college', 1, NULL, NULL, 'candidate', 'medical',
     'パターン1: 国家資格（歯科衛生士・臨床工学技士・看護師）により「医療」の候補',
     'Pattern 1: a national qualification (dental hygienist, clinical engineer, nurse) opens Medical Services'),
    ('R08', '1990-06-01', NULL, 'vocational_college', 2, NULL, NULL, 'warning', NULL,
     'パターン2: 国家資格はあっても対応する就労資格がありません（歯科技工士・柔道整復師・調理師・理美容師・保育士など）',
     'Pattern 2: a national qualification but no matching work status (dental technician, judo therapist, cook, barber/beautician, childcare worker)'),
    ('R09', '2008-07-01', '2017-08-31', 'vocational_college', 3, NULL, NULL, 'warning', NULL,
     'パターン3: 介護福祉士の国家資格取得後もEPAの枠組みでのみ就労可能',
     'Pattern 3: certified care workers could work only through the EPA scheme'),
    ('R10', '2017-09-01', NULL, 'vocational_college', 3, NULL, NULL, 'candidate', 'care',
     'パターン3: 介護福祉士の国家資格により在留資格「介護」の候補（2017年9月から）',
     'Pattern 3: the certified care worker qualification opens the Nursing Care status (from September 2017)'),
    ('R11', '1990-06-01', NULL, 'vocational_college', 4, NULL, NULL, 'barrier', NULL,
     'パターン4: 資格も対応する就労資格もありません（トリマー・アパレル販売・エステティシャンなど）',
     'Pattern 4: neither a qualification nor a work status (dog trimmer, apparel sales, aesthetician)'),
    ('R12', '1990-06-01', NULL, 'miscellaneous_school', NULL, NULL, NULL, 'barrier', NULL,
     '各種学校: 「技術・人文知識・国際業務」の学歴要件を満たしません',
     'Miscellaneous school: does not meet the education requirement of Engineer / Specialist in Humanities / International Services'),
    ('R13', '1990-06-01', NULL, 'unaccredited', NULL, NULL, NULL, 'barrier', NULL,
     '認可外の学校: 就労資格の学歴要件を満たしません',
     'Unaccredited school: does not meet the education requirement of the work statuses'),
    ('R14', '2019-05-30', NULL, 'university', NULL, NULL, 'N1', 'candidate', 'designated_46',
     '大学卒業かつ日本語能力試験N1: 「特定活動46号」の候補（日本語を用いる幅広い業務）',
     'University degree and JLPT N1: Designated Activities No. 46 (broad work using Japanese)'),
    ('R15', '2019-05-30', NULL, 'graduate_school', NULL, NULL, 'N1', 'candidate', 'designated_46',
     '大学院修了かつ日本語能力試験N1: 「特定活動46号」の候補',
     'Graduate degree and JLPT N1: Designated Activities No. 46'),
    ('R16', '2019-04-01', NULL, NULL, NULL, NULL, 'N4', 'candidate', 'specified_skilled_1',
     '日本語能力試験N4以上: 分野別の技能試験に合格すれば「特定技能1号」の候補',
     'JLPT N4 or better: Specified Skilled Worker (i) after the field''s skills test'),
    ('R17', '1990-06-01', NULL, 'language_school', NULL, NULL, NULL, 'warning', NULL,
     '日本語学校の修了だけでは就労資格の学歴要件を満たしません（母国の学位を確認）',
     'A Japanese language school alone does not meet the education requirement: check the degree from home');
