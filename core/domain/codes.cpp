#include "domain/codes.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace kakehashi::codes {

const Code *CodeList::find(QStringView code) const
{
    for (const Code &c : codes)
        if (code == QLatin1String(c.code))
            return &c;
    return nullptr;
}

QString CodeList::joined() const
{
    QStringList all;
    for (const Code &c : codes)
        all << QLatin1String(c.code);
    return all.join(QStringLiteral(", "));
}

namespace {

constexpr Code establishment[] = {
    {"national", "国立", "National"}, {"public", "公立", "Public"}, {"private", "私立", "Private"}};
constexpr Code schoolType[] = {
    {"university", "大学", "University"},
    {"graduate_school", "大学院", "Graduate school"},
    {"junior_college", "短期大学", "Junior college"},
    {"technical_college", "高等専門学校", "College of technology"},
    {"vocational_college", "専修学校専門課程", "Specialised training college"},
    {"miscellaneous_school", "各種学校", "Miscellaneous school"},
    {"unaccredited", "無認可校", "Unaccredited school"},
    {"language_school", "日本語学校", "Japanese language school"}};
constexpr Code smeCategory[] = {
    {"general", "製造業その他", "Manufacturing and others"},
    {"wholesale", "卸売業", "Wholesale"},
    {"services", "サービス業", "Services"},
    {"retail", "小売業", "Retail"},
    {"rubber_products", "ゴム製品製造業", "Rubber products"},
    {"software_it", "ソフトウェア業・情報処理サービス業", "Software and IT services"},
    {"inns", "旅館業", "Inns"}};
constexpr Code programme[] = {
    {"asia_jinzai", "アジア人財資金構想", "Asia Human Resources Fund"},
    {"sme_recruitment", "中小企業海外人材 採用・定着支援", "SME recruitment and retention"},
    {"sme_internship", "中小企業海外人材 職場実習", "SME new-graduate internship"},
    {"issn_network", "留学生支援ネットワーク", "International Student Support Network"}};
constexpr Code residenceStatus[] = {
    {"student", "留学", "Student"},
    {"job_hunting", "特定活動（継続就職活動）", "Designated activities (job hunting)"},
    {"engineer_humanities_international", "技術・人文知識・国際業務",
     "Engineer / Specialist in Humanities / International Services"},
    {"designated_46", "特定活動46号", "Designated activities No. 46"},
    {"specified_skilled_1", "特定技能1号", "Specified skilled worker (i)"},
    {"medical", "医療", "Medical services"},
    {"care", "介護", "Nursing care"},
    {"highly_skilled", "高度専門職", "Highly skilled professional"},
    {"other", "その他", "Other"}};
constexpr Code outcome[] = {
    {"employed", "就職", "Employed"},
    {"further_study", "進学", "Further study"},
    {"returned_home", "帰国", "Returned home"},
    {"job_hunting", "就職活動中", "Still job hunting"},
    {"other", "その他", "Other"}};
constexpr Code jobCategory[] = {
    {"translation_interpretation", "翻訳・通訳", "Translation and interpretation"},
    {"overseas_business", "海外取引業務", "Overseas business"},
    {"sales", "販売・営業", "Sales"},
    {"it_engineering", "情報処理・通信技術", "IT engineering"},
    {"engineering_other", "技術開発（情報処理以外）", "Other engineering"},
    {"planning_admin", "企画・事務", "Planning and administration"},
    {"management", "経営・管理", "Management"},
    {"education", "教育", "Education"},
    {"design", "デザイン", "Design"},
    {"other", "その他", "Other"}};
constexpr Code gender[] = {{"female", "女性", "Female"}, {"male", "男性", "Male"}, {"other", "その他", "Other"}};
constexpr Code internshipStatus[] = {{"planned", "予定", "Planned"},
                                     {"active", "実施中", "Active"},
                                     {"completed", "修了", "Completed"},
                                     {"cancelled", "中止", "Cancelled"}};
constexpr Code attendanceStatus[] = {
    {"present", "出席", "Present"}, {"absent", "欠席", "Absent"}, {"leave", "休暇", "Leave"}};
// 資格外活動許可 (Immigration Control Act Art. 19(2)).
constexpr Code workPermission[] = {{"none", "なし", "None"},
                                   {"general", "包括許可（週28時間）", "General (28 hours a week)"},
                                   {"individual", "個別許可", "Individual"}};
constexpr Code eventKind[] = {{"company_visit", "企業訪問", "Company visit"},
                              {"info_session", "企業説明会", "Information session"},
                              {"job_fair", "合同企業説明会", "Job fair"},
                              {"lecture", "講演", "Lecture"},
                              {"seminar", "セミナー", "Seminar"},
                              {"short_internship", "短期インターンシップ", "Short internship"},
                              {"training", "研修", "Training"},
                              {"counselling", "個別相談", "Counselling"},
                              {"exchange", "交流会", "Exchange meeting"}};
constexpr Code accountType[] = {{"ordinary", "普通", "Ordinary"}, {"current", "当座", "Current"}};
constexpr Code jlpt[] = {{"N1", "N1", "N1"}, {"N2", "N2", "N2"}, {"N3", "N3", "N3"}, {"N4", "N4", "N4"},
                         {"N5", "N5", "N5"}};
constexpr Code industry[] = {{"A", "農業，林業", "Agriculture and forestry"},
                             {"B", "漁業", "Fisheries"},
                             {"C", "鉱業，採石業，砂利採取業", "Mining and quarrying"},
                             {"D", "建設業", "Construction"},
                             {"E", "製造業", "Manufacturing"},
                             {"F", "電気・ガス・熱供給・水道業", "Electricity, gas, heat and water"},
                             {"G", "情報通信業", "Information and communications"},
                             {"H", "運輸業，郵便業", "Transport and postal activities"},
                             {"I", "卸売業，小売業", "Wholesale and retail trade"},
                             {"J", "金融業，保険業", "Finance and insurance"},
                             {"K", "不動産業，物品賃貸業", "Real estate and goods rental"},
                             {"L", "学術研究，専門・技術サービス業", "Scientific research, professional and technical services"},
                             {"M", "宿泊業，飲食サービス業", "Accommodations, eating and drinking services"},
                             {"N", "生活関連サービス業，娯楽業", "Living-related and personal services and amusement"},
                             {"O", "教育，学習支援業", "Education, learning support"},
                             {"P", "医療，福祉", "Medical, health care and welfare"},
                             {"Q", "複合サービス事業", "Compound services"},
                             {"R", "サービス業（他に分類されないもの）", "Services, n.e.c."},
                             {"S", "公務", "Government"},
                             {"T", "分類不能の産業", "Industries unable to classify"}};

constexpr const char *kCountries[] = {
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD",
    "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA",
    "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE",
    "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA",
    "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK",
    "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP",
    "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT",
    "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS",
    "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ",
    "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS",
    "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST",
    "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW",
    "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA",
    "ZM", "ZW"};
static_assert(std::size(kCountries) == 249, "ISO 3166-1 assigns 249 alpha-2 codes");

constexpr Prefecture kPrefectures[] = {
    {"01", "北海道", "Hokkaido"},  {"02", "青森県", "Aomori"},    {"03", "岩手県", "Iwate"},
    {"04", "宮城県", "Miyagi"},    {"05", "秋田県", "Akita"},     {"06", "山形県", "Yamagata"},
    {"07", "福島県", "Fukushima"}, {"08", "茨城県", "Ibaraki"},   {"09", "栃木県", "Tochigi"},
    {"10", "群馬県", "Gunma"},     {"11", "埼玉県", "Saitama"},   {"12", "千葉県", "Chiba"},
    {"13", "東京都", "Tokyo"},     {"14", "神奈川県", "Kanagawa"}, {"15", "新潟県", "Niigata"},
    {"16", "富山県", "Toyama"},    {"17", "石川県", "Ishikawa"},  {"18", "福井県", "Fukui"},
    {"19", "山梨県", "Yamanashi"}, {"20", "長野県", "Nagano"},    {"21", "岐阜県", "Gifu"},
    {"22", "静岡県", "Shizuoka"},  {"23", "愛知県", "Aichi"},     {"24", "三重県", "Mie"},
    {"25", "滋賀県", "Shiga"},     {"26", "京都府", "Kyoto"},     {"27", "大阪府", "Osaka"},
    {"28", "兵庫県", "Hyogo"},     {"29", "奈良県", "Nara"},      {"30", "和歌山県", "Wakayama"},
    {"31", "鳥取県", "Tottori"},   {"32", "島根県", "Shimane"},   {"33", "岡山県", "Okayama"},
    {"34", "広島県", "Hiroshima"}, {"35", "山口県", "Yamaguchi"}, {"36", "徳島県", "Tokushima"},
    {"37", "香川県", "Kagawa"},    {"38", "愛媛県", "Ehime"},     {"39", "高知県", "Kochi"},
    {"40", "福岡県", "Fukuoka"},   {"41", "佐賀県", "Saga"},      {"42", "長崎県", "Nagasaki"},
    {"43", "熊本県", "Kumamoto"},  {"44", "大分県", "Oita"},      {"45", "宮崎県", "Miyazaki"},
    {"46", "鹿児島県", "Kagoshima"}, {"47", "沖縄県", "Okinawa"}};

} // namespace

const CodeList kEstablishment{"establishment", establishment};
const CodeList kSchoolType{"school_type", schoolType};
const CodeList kSmeCategory{"sme_category", smeCategory};
const CodeList kProgramme{"programme", programme};
const CodeList kResidenceStatus{"residence_status", residenceStatus};
const CodeList kOutcome{"outcome", outcome};
const CodeList kJobCategory{"job_category", jobCategory};
const CodeList kGender{"gender", gender};
const CodeList kInternshipStatus{"status", internshipStatus};
const CodeList kAttendanceStatus{"status", attendanceStatus};
const CodeList kEventKind{"kind", eventKind};
const CodeList kWorkPermission{"work_permission", workPermission};
const CodeList kJlpt{"jlpt", jlpt};
const CodeList kAccountType{"account_type", accountType};
const CodeList kIndustry{"industry", industry};

bool isCountryCode(QStringView code)
{
    if (code.size() != 2)
        return false;
    const char a[3] = {static_cast<char>(code[0].unicode()), static_cast<char>(code[1].unicode()), 0};
    return std::binary_search(std::begin(kCountries), std::end(kCountries), a,
                              [](const char *x, const char *y) { return std::strcmp(x, y) < 0; });
}

std::span<const char *const> countryCodes()
{
    return kCountries;
}

std::span<const Prefecture> prefectures()
{
    return kPrefectures;
}

const Prefecture *prefecture(QStringView code)
{
    for (const Prefecture &p : kPrefectures)
        if (code == QLatin1String(p.code))
            return &p;
    return nullptr;
}

QString prefectureCode(QStringView text)
{
    if (text.isEmpty())
        return {};
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok && text.size() <= 2)
        return n >= 1 && n <= 47 ? QString::asprintf("%02d", n) : QString();
    for (const Prefecture &p : kPrefectures) {
        const QString ja = QString::fromUtf8(p.ja);
        if (text == ja || text.compare(QLatin1String(p.en), Qt::CaseInsensitive) == 0)
            return QLatin1String(p.code);
        // "東京" for 東京都, "大阪" for 大阪府, "神奈川" for 神奈川県; 北海道 has no suffix.
        if (ja.size() > 2 && text == QStringView(ja).chopped(1))
            return QLatin1String(p.code);
    }
    return {};
}

} // namespace kakehashi::codes
