#include "demo/demo_generator.h"

#include "rules/validation.h"

#include "calendar/work_calendar.h"
#include "domain/codes.h"
#include "domain/kinds.h"
#include "rules/validation.h"
#include "storage/calendar_store.h"
#include "storage/database.h"
#include "storage/record_store.h"

#include <QStringList>

#include <map>
#include <random>
#include <set>

namespace kakehashi::demo {

namespace {

using boost::gregorian::date_duration;
using domain::KindId;
using domain::Values;

// The demo's "today": fixed, so that a seed gives the same data on any day.
const Date kToday(2026, 11, 20);

// Our own draws from the engine: std::uniform_int_distribution differs between
// standard libraries, and the demo must be the same everywhere.
class Random
{
public:
    explicit Random(quint64 seed) : engine_(seed) {}
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(engine_() % static_cast<quint64>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return static_cast<double>(engine_() >> 11) * 0x1.0p-53 < p; }
    template<typename T, size_t N>
    const T &pick(const T (&a)[N]) { return a[below(static_cast<int>(N))]; }
    // An index by weight.
    template<size_t N>
    int weighted(const int (&w)[N])
    {
        int total = 0;
        for (int x : w)
            total += x;
        int r = below(total);
        for (size_t i = 0; i < N; ++i) {
            if (r < w[i])
                return static_cast<int>(i);
            r -= w[i];
        }
        return static_cast<int>(N) - 1;
    }
    Date dayBetween(const Date &a, const Date &b)
    {
        return a + date_duration(below(static_cast<int>((b - a).days()) + 1));
    }

private:
    std::mt19937_64 engine_;
};

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

QString iso(const Date &d)
{
    return isoDateQ(d);
}

Date ymd(int y, int m, int d)
{
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

// Names in the students' own scripts, with home universities where the seed
// document names them (METI/MEXT's Asia Human Resources Fund partners).
struct Nationality
{
    const char *code;
    int weight; // roughly the share of international students in Japan
    std::vector<const char *> families;
    std::vector<const char *> givens;
    std::vector<const char *> familyKana; // parallel to families, or empty
    std::vector<const char *> universities;
};

const std::vector<Nationality> &nationalities()
{
    static const std::vector<Nationality> all = {
        {"CN", 38, {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"},
         {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "杰", "涛", "子涵", "浩然", "欣怡", "宇轩"},
         {"ワン", "リ", "チャン", "リュウ", "チェン", "ヤン", "ジャオ", "ホワン", "ジョウ", "ウー", "シュー", "スン"},
         {"Tsinghua University", "Peking University", "Nanjing University", "Harbin Institute of Technology",
          "Dalian University of Technology", "Fudan University"}},
        {"VN", 25, {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"},
         {"Văn An", "Thị Hoa", "Minh Tuấn", "Thu Trang", "Quốc Bảo", "Ngọc Lan", "Đức Anh", "Thị Mai", "Hoàng Nam",
          "Phương Linh"},
         {"グエン", "チャン", "レ", "ファム", "ホアン", "フイン", "ファン", "ヴー", "ヴォー", "ダン", "ブイ", "ドー"},
         {"Hanoi University of Science and Technology", "Ho Chi Minh City University of Technology",
          "Vietnam National University"}},
        {"NP", 8, {"श्रेष्ठ", "गुरुङ", "तामाङ", "राई", "शर्मा", "थापा", "मगर", "अधिकारी"},
         {"सुनिल", "सीता", "राम", "अनिता", "बिकाश", "प्रिया", "सन्तोष"}, {}, {"Tribhuvan University", "Kathmandu University"}},
        {"KR", 6, {"김", "이", "박", "최", "정", "강", "조", "윤"},
         {"민준", "서연", "지훈", "하은", "도윤", "수빈", "예준", "지우"},
         {"キム", "イ", "パク", "チェ", "チョン", "カン", "チョ", "ユン"},
         {"Seoul National University", "Korea University", "Kyung Hee University", "KAIST"}},
        {"ID", 4, {"Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat", "Lestari"},
         {"Budi", "Siti", "Agus", "Dewi", "Rizki", "Putri"}, {}, {"Universitas Indonesia", "Institut Teknologi Bandung"}},
        {"TW", 4, {"陳", "林", "黃", "張", "李", "王", "吳", "劉"},
         {"怡君", "雅婷", "志明", "俊傑", "家豪", "淑芬", "宗翰", "佳穎"}, {}, {"National Taiwan University"}},
        {"MM", 3, {"ထွန်း", "အောင်", "ကျော်", "ဝင်း", "မြင့်"}, {"မြတ်နိုး", "သီတာ", "ဇော်မင်း", "နန္ဒာ", "ချစ် စု"}, {},
         {"University of Yangon"}},
        {"LK", 3, {"පෙරේරා", "සිල්වා", "ජයසූරිය", "බණ්ඩාර"}, {"නිමල්", "සචිනි", "කසුන්", "දිල්රුක්ෂි"}, {},
         {"University of Colombo"}},
        {"TH", 3, {"ศรีสุข", "วงศ์ใหญ่", "สุขสวัสดิ์", "แก้วมณี", "ทองดี", "บุญมา"},
         {"สมชาย", "สุดา", "ณัฐพล", "กมลชนก", "ธนพร", "วีระ"}, {},
         {"Chulalongkorn University", "Chiang Mai University", "KMUTT", "Thammasat University"}},
        {"BD", 2, {"রহমান", "হোসেন", "ইসলাম", "আহমেদ", "চৌধুরী"}, {"তানভীর", "নুসরাত", "রাকিব", "ফারহানা", "সাকিব"}, {},
         {"University of Dhaka", "Bangladesh University of Engineering and Technology"}},
        {"MN", 2, {"Батбаяр", "Ганбаатар", "Эрдэнэ", "Болд", "Мөнх"}, {"Тэмүүлэн", "Анужин", "Сарнай", "Билгүүн", "Номин"},
         {}, {"National University of Mongolia"}},
        {"PH", 2, {"Santos", "Reyes", "Cruz", "Bautista", "Garcia"}, {"Maria", "Jose", "Angelica", "Mark", "Kristine"},
         {}, {"University of the Philippines"}},
        {"MY", 2, {"Tan", "Lim", "Abdullah", "Wong", "Rahman"}, {"Wei Ling", "Ahmad", "Nur Aisyah", "Jun Hao"}, {},
         {"University of Malaya"}},
        {"IN", 2, {"शर्मा", "वर्मा", "गुप्ता", "सिंह", "पटेल"}, {"राहुल", "प्रिया", "अमित", "नेहा", "विकास"}, {},
         {"University of Delhi", "Indian Institute of Technology Bombay"}},
        {"UZ", 1, {"Karimov", "Rakhimova", "Yusupov", "Tashkentova"}, {"Aziz", "Dilnoza", "Jasur", "Malika"}, {},
         {"National University of Uzbekistan"}},
        {"US", 1, {"Smith", "Johnson", "Brown", "Miller"}, {"Emily", "Michael", "Sarah", "David"}, {}, {}},
        {"FR", 1, {"Martin", "Bernard", "Dubois", "Moreau"}, {"Camille", "Lucas", "Chloé", "Hugo"}, {}, {}},
        {"BR", 1, {"Silva", "Santos", "Oliveira", "Souza"}, {"Ana", "João", "Beatriz", "Rafael"}, {}, {}},
    };
    return all;
}

struct City
{
    const char *ja;
    const char *en;
    const char *prefecture;
};

const City kCities[] = {
    {"札幌", "Sapporo", "01"},  {"仙台", "Sendai", "04"},    {"東京", "Tokyo", "13"},     {"横浜", "Yokohama", "14"},
    {"川崎", "Kawasaki", "14"}, {"さいたま", "Saitama", "11"}, {"千葉", "Chiba", "12"},   {"新潟", "Niigata", "15"},
    {"金沢", "Kanazawa", "17"}, {"静岡", "Shizuoka", "22"},  {"浜松", "Hamamatsu", "22"}, {"名古屋", "Nagoya", "23"},
    {"京都", "Kyoto", "26"},    {"大阪", "Osaka", "27"},     {"神戸", "Kobe", "28"},      {"岡山", "Okayama", "33"},
    {"広島", "Hiroshima", "34"}, {"松山", "Matsuyama", "38"}, {"福岡", "Fukuoka", "40"},   {"北九州", "Kitakyushu", "40"},
    {"熊本", "Kumamoto", "43"}, {"鹿児島", "Kagoshima", "46"}, {"那覇", "Naha", "47"},     {"富山", "Toyama", "16"},
    {"長野", "Nagano", "20"},   {"岐阜", "Gifu", "21"},      {"宇都宮", "Utsunomiya", "09"}, {"高松", "Takamatsu", "37"}};

// The consortium's named members (DOMAIN.md), then invented ones of every type.
struct MemberSchool
{
    const char *ja;
    const char *en;
    const char *establishment;
    const char *prefecture;
};
const MemberSchool kMembers[] = {
    {"北海道大学", "Hokkaido University", "national", "01"},
    {"東北大学", "Tohoku University", "national", "04"},
    {"東京工業大学", "Tokyo Institute of Technology", "national", "13"},
    {"一橋大学", "Hitotsubashi University", "national", "13"},
    {"横浜国立大学", "Yokohama National University", "national", "14"},
    {"京都大学", "Kyoto University", "national", "26"},
    {"大阪大学", "Osaka University", "national", "27"},
    {"早稲田大学", "Waseda University", "private", "13"},
    {"慶應義塾大学", "Keio University", "private", "13"},
};

struct SchoolKind
{
    const char *type;
    const char *suffixJa;
    const char *suffixEn;
    int weight;
};
const SchoolKind kSchoolKinds[] = {
    {"university", "国際大学", "International University", 30},
    {"graduate_school", "先端科学技術大学院大学", "Graduate University of Advanced Technology", 5},
    {"junior_college", "短期大学", "Junior College", 6},
    {"technical_college", "工業高等専門学校", "National Institute of Technology", 5},
    {"vocational_college", "ビジネス専門学校", "College of Business", 20},
    {"miscellaneous_school", "国際学院", "International Academy", 5},
    {"unaccredited", "ファッションアカデミー", "Fashion Academy", 3},
    {"language_school", "日本語学校", "Japanese Language School", 10},
};

struct Industry
{
    const char *code;
    const char *smeCategory;
    const char *wordJa;
    const char *wordEn;
    int weight;
};
const Industry kIndustries[] = {
    {"E", "general", "精工", "Precision", 22},       {"E", "rubber_products", "ゴム工業", "Rubber", 2},
    {"G", "software_it", "システムズ", "Systems", 16}, {"I", "wholesale", "商事", "Trading", 12},
    {"I", "retail", "ストア", "Stores", 5},            {"D", "general", "建設", "Construction", 8},
    {"H", "general", "運輸", "Logistics", 6},          {"M", "inns", "観光ホテル", "Hotels", 6},
    {"M", "services", "フーズ", "Foods", 4},           {"L", "services", "コンサルティング", "Consulting", 5},
    {"P", "services", "ケアサービス", "Care Services", 4}, {"R", "services", "サービス", "Services", 4},
    {"A", "general", "農産", "Agri", 2},               {"J", "services", "ファイナンス", "Finance", 2},
    {"K", "services", "不動産", "Realty", 2}};

const char *const kMarkets[] = {"CN", "VN", "TH", "ID", "KR", "TW", "PH", "MY", "IN", "US", "MM", "SG"};
const char *const kFaculties[] = {"工学部", "経済学部", "経営学部", "文学部", "情報科学科", "国際関係学部",
                                  "理学部", "観光学科", "商学部", "農学部", "ビジネス科", "情報処理科"};
const char *const kVocationalFields[] = {"ビジネス科", "情報処理科", "国際観光科", "歯科衛生科", "看護学科",
                                        "調理師科", "美容科", "保育科", "介護福祉科", "トリマー科",
                                        "アパレル販売科", "通訳翻訳科"};
const char *const kSupervisors[] = {"佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健太", "伊藤 直美",
                                    "渡辺 翔", "山本 由美", "中村 大輔", "小林 恵", "加藤 隆"};
const char *const kMemos[] = {"週4日勤務", "リモート併用", "通訳業務を含む", "海外営業部に配属", "製造現場での実習"};

// A corporate number (法人番号) with a valid check digit.
QString corporateNumber(Random &r)
{
    int digits[12];
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        digits[i] = r.below(10);
    for (int pos = 1; pos <= 12; ++pos)
        sum += digits[12 - pos] * (pos % 2 == 1 ? 1 : 2);
    QString n = QString::number(9 - sum % 9);
    for (int d : digits)
        n += QChar(u'0' + d);
    return n;
}

class Generator
{
public:
    Generator(storage::Database &db, const Options &o)
        : db_(db), store_(db), options_(o), r_(o.seed), calendar_(storage::CalendarStore(db).workCalendar())
    {
    }

    Summary run()
    {
        if (store_.count(domain::kind(KindId::Schools)) > 0 || store_.count(domain::kind(KindId::Students)) > 0)
            throw storage::DatabaseError(
                QStringLiteral("%1 already holds records; demo data goes only into an empty database").arg(db_.path()));
        storage::Transaction tx(db_);
        status(QStringLiteral("schools and companies"));
        schools();
        vacations();
        companies();
        status(QStringLiteral("students"));
        students();
        status(QStringLiteral("internships and attendance"));
        internships();
        status(QStringLiteral("placements"));
        placements();
        status(QStringLiteral("events"));
        events();
        status(QStringLiteral("saving"));
        tx.commit();
        return summary_;
    }

private:
    struct Student
    {
        QString no;
        QString nationality;
        QString programme;
        Date enrolled;
        Date graduation;
        std::optional<Date> completed;
        bool limitedHours = false; // the 28-hour limit applies (FORMATS.md §6)
    };
    struct CompanyInfo
    {
        QString code;
        QString name;
    };

    void status(const QString &what)
    {
        if (options_.progress)
            options_.progress(QStringLiteral("Creating demo data: %1…").arg(what));
    }

    void insert(KindId kind, const Values &v)
    {
        store_.insert(domain::kind(kind), v);
    }

    // A record with every value empty but those with a default (what an empty cell stands for).
    Values blank(KindId kind) const
    {
        const domain::Kind &k = domain::kind(kind);
        Values v(k.fields.size());
        for (int i = 0; i < k.size(); ++i)
            if (k.field(i).defaultValue) {
                QString ignored;
                v[static_cast<size_t>(i)] = rules::parseField(k.field(i), QString::fromLatin1(k.field(i).defaultValue), ignored);
            }
        return v;
    }
    static void set(KindId kind, Values &v, const char *field, const QVariant &value)
    {
        v[static_cast<size_t>(domain::kind(kind).fieldIndex(QLatin1String(field)))] = value;
    }

    void schools()
    {
        const int n = 30 + options_.students / 2000;
        int made = 0;
        for (const MemberSchool &m : kMembers) {
            if (made >= n)
                break;
            addSchool(++made, u(m.ja), QLatin1String(m.en), QLatin1String(m.establishment), QStringLiteral("university"),
                      QLatin1String(m.prefecture));
        }
        const int weights[] = {30, 5, 6, 5, 20, 5, 3, 10};
        // Every type at least once, then by weight.
        for (size_t t = 0; made < n; ++t) {
            const SchoolKind &k = t < std::size(kSchoolKinds) ? kSchoolKinds[t] : kSchoolKinds[r_.weighted(weights)];
            const City &c = r_.pick(kCities);
            const QString establishment = QLatin1String(
                k.type == std::string_view("technical_college") ? "national"
                                                                : (r_.chance(0.8) ? "private" : "public"));
            ++made;
            addSchool(made, u(c.ja) + u(k.suffixJa) + (t >= std::size(kSchoolKinds) ? QString::number(made) : QString()),
                      QLatin1String(c.en) + QLatin1Char(' ') + QLatin1String(k.suffixEn), establishment,
                      QLatin1String(k.type), QLatin1String(c.prefecture));
        }
    }

    // Each school's long vacations (summer, winter, spring) of the years the data covers.
    void vacations()
    {
        Values v = blank(KindId::Vacations);
        for (const QString &school : schoolCodes_) {
            set(KindId::Vacations, v, "school_code", school);
            for (int y = 2012; y <= kToday.year() + 1; ++y) {
                const struct
                {
                    Date start, end;
                    const char *name;
                } periods[] = {{ymd(y, 2, 10), ymd(y, 3, 31), "春季休業"},
                               {ymd(y, 8, 1), ymd(y, 9, 20), "夏季休業"},
                               {ymd(y, 12, 25), ymd(y + 1, 1, 7), "冬季休業"}};
                for (const auto &p : periods) {
                    set(KindId::Vacations, v, "start_date", iso(p.start));
                    set(KindId::Vacations, v, "end_date", iso(p.end));
                    set(KindId::Vacations, v, "name", QString::fromUtf8(p.name));
                    insert(KindId::Vacations, v);
                }
            }
        }
    }

    void addSchool(int i, const QString &name, const QString &nameEn, const QString &establishment,
                   const QString &type, const QString &prefecture)
    {
        Values v = blank(KindId::Schools);
        const QString code = QStringLiteral("S%1").arg(i, 3, 10, QLatin1Char('0'));
        set(KindId::Schools, v, "code", code);
        set(KindId::Schools, v, "name", name);
        set(KindId::Schools, v, "name_en", nameEn);
        set(KindId::Schools, v, "establishment", establishment);
        set(KindId::Schools, v, "school_type", type);
        set(KindId::Schools, v, "prefecture", prefecture);
        if (r_.chance(0.85))
            set(KindId::Schools, v, "member_since", iso(r_.dayBetween(ymd(2013, 10, 1), ymd(2024, 3, 31))));
        insert(KindId::Schools, v);
        schoolCodes_.push_back(code);
        schoolTypes_.push_back(type);
        ++summary_.schools;
    }

    void companies()
    {
        const int n = 80 + options_.students / 50;
        int weights[std::size(kIndustries)];
        for (size_t i = 0; i < std::size(kIndustries); ++i)
            weights[i] = kIndustries[i].weight;
        for (int i = 1; i <= n; ++i) {
            const Industry &ind = kIndustries[r_.weighted(weights)];
            const City &c = r_.pick(kCities);
            const bool large = r_.chance(0.15);
            Values v = blank(KindId::Companies);
            const QString code = QStringLiteral("C%1").arg(i, 4, 10, QLatin1Char('0'));
            const QString name = QStringLiteral("株式会社") + u(c.ja) + u(ind.wordJa) + (i > 60 ? QString::number(i) : QString());
            set(KindId::Companies, v, "code", code);
            set(KindId::Companies, v, "name", name);
            set(KindId::Companies, v, "name_en",
                QLatin1String(c.en) + QLatin1Char(' ') + QLatin1String(ind.wordEn) + QStringLiteral(" Co., Ltd."));
            if (r_.chance(0.9))
                set(KindId::Companies, v, "corporate_number", corporateNumber(r_));
            set(KindId::Companies, v, "industry", QLatin1String(ind.code));
            set(KindId::Companies, v, "sme_category", QLatin1String(ind.smeCategory));
            // Some figures are not known: the SME class is then partly or wholly unknown.
            if (r_.chance(0.85))
                set(KindId::Companies, v, "capital_jpy",
                    qint64(large ? r_.between(5, 500) * 100000000LL : r_.between(1, 30) * 10000000LL));
            if (r_.chance(0.8))
                set(KindId::Companies, v, "employees", qint64(large ? r_.between(301, 20000) : r_.between(3, 280)));
            set(KindId::Companies, v, "prefecture", QLatin1String(c.prefecture));
            QStringList markets;
            for (int m = r_.below(4); m > 0; --m) {
                const QString code2 = QLatin1String(r_.pick(kMarkets));
                if (!markets.contains(code2))
                    markets << code2;
            }
            markets.sort();
            if (!markets.isEmpty())
                set(KindId::Companies, v, "overseas_markets", markets.join(QLatin1Char(';')));
            set(KindId::Companies, v, "info_provider", qint64(r_.chance(0.4) ? 1 : 0));
            insert(KindId::Companies, v);
            companies_.push_back({code, name});
            ++summary_.companies;
        }
    }

    void students()
    {
        const auto &nats = nationalities();
        std::vector<int> weights;
        int total = 0;
        for (const Nationality &n : nats)
            total += n.weight;
        const int programmeWeights[] = {15, 20, 35, 30};
        const char *const programmes[] = {"asia_jinzai", "sme_recruitment", "sme_internship", "issn_network"};
        const int jlptWeights[] = {20, 35, 25, 8, 2, 10};
        const char *const jlpt[] = {"N1", "N2", "N3", "N4", "N5", ""};
        const char *const genders[] = {"female", "male"};
        students_.reserve(static_cast<size_t>(options_.students));

        for (int i = 1; i <= options_.students; ++i) {
            int pick = r_.below(total);
            size_t ni = 0;
            while (pick >= nats[ni].weight) {
                pick -= nats[ni].weight;
                ++ni;
            }
            const Nationality &nat = nats[ni];
            const size_t fi = static_cast<size_t>(r_.below(static_cast<int>(nat.families.size())));
            const QString family = u(nat.families[fi]);
            const QString given = u(nat.givens[static_cast<size_t>(r_.below(static_cast<int>(nat.givens.size())))]);
            const QString programme = QLatin1String(programmes[r_.weighted(programmeWeights)]);
            // The Asia Human Resources Fund ran FY2007–2012; the SME programmes and the
            // network from FY2013, most students in recent years.
            const int cohort = programme == u"asia_jinzai" ? r_.between(2007, 2012)
                                                            : std::min(2026, 2013 + std::max(r_.below(14), r_.below(14)));
            const Date enrolled = r_.chance(0.6) ? ymd(cohort, 4, 1)
                                                 : (r_.chance(0.6) ? ymd(cohort, 10, 1)
                                                                   : r_.dayBetween(ymd(cohort, 4, 2), ymd(cohort + 1, 3, 20)));
            const Date birth = r_.dayBetween(ymd(enrolled.year() - 30, 1, 1), ymd(enrolled.year() - 19, 12, 31));
            const int years = r_.between(1, 3);
            const bool spring = r_.chance(0.85); // most graduate in March, some in September
            const Date graduation = ymd(enrolled.year() + years + (enrolled.month() >= 4 ? 1 : 0), spring ? 3 : 9,
                                        spring ? 31 : 30);
            const size_t school = static_cast<size_t>(r_.below(static_cast<int>(schoolCodes_.size())));
            const QString no = QStringLiteral("ST%1").arg(i, 6, 10, QLatin1Char('0'));

            Values v = blank(KindId::Students);
            set(KindId::Students, v, "student_no", no);
            set(KindId::Students, v, "family_name", family);
            set(KindId::Students, v, "given_name", given);
            if (!nat.familyKana.empty() && r_.chance(0.7))
                set(KindId::Students, v, "name_kana", u(nat.familyKana[fi]));
            if (r_.chance(0.95))
                set(KindId::Students, v, "gender", QLatin1String(r_.chance(0.01) ? "other" : r_.pick(genders)));
            set(KindId::Students, v, "birth_date", iso(birth));
            set(KindId::Students, v, "nationality", QLatin1String(nat.code));
            if (!nat.universities.empty() && r_.chance(0.6))
                set(KindId::Students, v, "home_university",
                    QLatin1String(nat.universities[static_cast<size_t>(r_.below(static_cast<int>(nat.universities.size())))]));
            set(KindId::Students, v, "school_code", schoolCodes_[school]);
            // Vocational colleges teach the fields whose work status the advisor checks.
            set(KindId::Students, v, "faculty",
                u(schoolTypes_[school] == u"vocational_college" ? r_.pick(kVocationalFields) : r_.pick(kFaculties)));
            const int maxYear = schoolTypes_[school] == u"graduate_school" ? 2 : 4;
            const int yearOfStudy = std::clamp(maxYear - years + 1, 1, maxYear);
            set(KindId::Students, v, "year_of_study", qint64(yearOfStudy));
            set(KindId::Students, v, "graduation_date", iso(graduation));
            set(KindId::Students, v, "programme", programme);
            set(KindId::Students, v, "cohort_fy", qint64(cohort));
            set(KindId::Students, v, "enrolled_on", iso(enrolled));
            std::optional<Date> completed;
            if (graduation <= kToday)
                completed = graduation;
            if (completed)
                set(KindId::Students, v, "completed_on", iso(*completed));
            set(KindId::Students, v, "residence_status",
                QLatin1String(completed ? (r_.chance(0.5) ? "job_hunting" : "engineer_humanities_international")
                                        : "student"));
            set(KindId::Students, v, "residence_expiry", iso(r_.dayBetween(kToday - date_duration(30), kToday + date_duration(900))));
            const char *level = jlpt[r_.weighted(jlptWeights)];
            if (*level)
                set(KindId::Students, v, "jlpt", QLatin1String(level));
            set(KindId::Students, v, "email", QStringLiteral("st%1@example.ac.jp").arg(i));
            // The subsidised students' accounts, so that a demo month can be transferred; made
            // from the number (no draw of the generator), so the rest of the data stays as it was.
            if (programme == u"sme_internship" && !nat.familyKana.empty()) {
                static const char *const banks[] = {"0001", "0005", "0009", "0010", "9900"};
                set(KindId::Students, v, "bank_code", QLatin1String(banks[i % 5]));
                set(KindId::Students, v, "branch_code", QStringLiteral("%1").arg(100 + (i * 37) % 900, 3, 10, QLatin1Char('0')));
                set(KindId::Students, v, "account_no",
                    QStringLiteral("%1").arg((static_cast<qint64>(i) * 7919) % 10000000, 7, 10, QLatin1Char('0')));
                set(KindId::Students, v, "account_holder_kana", u(nat.familyKana[fi]));
            }
            // A card number and the permission to work, made from the number alone so
            // that the random sequence (and so the rest of the data) stays as it was.
            set(KindId::Students, v, "residence_card_no",
                QStringLiteral("%1%2%3%4")
                    .arg(QChar(u'A' + i % 26))
                    .arg(QChar(u'A' + (i / 26) % 26))
                    .arg(i, 8, 10, QLatin1Char('0'))
                    .arg(QLatin1String(i % 2 ? "FC" : "GD")));
            // Students and graduates still job hunting hold the general permission; one
            // student in ten an individual permission for the internship.
            const QString permission = QLatin1String(completed ? (i % 2 ? "general" : "none") : (i % 10 == 3 ? "individual" : "general"));
            set(KindId::Students, v, "work_permission", permission);
            insert(KindId::Students, v);
            // Matches the statuses set above: a completed student is job hunting on odd draws only, so
            // the limit is judged again from what was stored.
            const QString stored = v[static_cast<size_t>(domain::kind(KindId::Students).fieldIndex(QLatin1String("residence_status")))].toString();
            const bool limited = (stored == u"student" || stored == u"job_hunting") && permission != u"individual";
            students_.push_back({no, QLatin1String(nat.code), programme, enrolled, graduation, completed, limited});
            ++summary_.students;
            if (i % 20000 == 0)
                status(QStringLiteral("students (%1)").arg(i));
        }
    }

    void internships()
    {
        int n = 0;
        for (const Student &s : students_) {
            const bool subsidised = s.programme == u"sme_internship";
            if (!r_.chance(subsidised ? 0.8 : 0.08))
                continue;
            // A final-year student from 1 October of the graduation year, or a graduate
            // still looking for work in the months after graduating.
            Date start;
            const int gradYear = s.graduation.year();
            const int gradFy = s.graduation.month() >= 4 ? gradYear : gradYear - 1;
            if (r_.chance(0.6))
                start = r_.dayBetween(ymd(gradFy, 10, 1), ymd(gradFy + 1, 1, 15));
            else
                start = r_.dayBetween(s.graduation + date_duration(1), s.graduation + date_duration(120));
            if (start < s.enrolled)
                start = s.enrolled;
            addInternship(++n, s, start);
            if (r_.chance(0.05))
                addInternship(++n, s, lastEnd_ + date_duration(r_.between(7, 60)));
        }
    }

    void addInternship(int i, const Student &s, const Date &start)
    {
        const int months = r_.between(1, 5);
        const Date end = addMonthsClamped(start, months) - date_duration(1 + r_.below(5));
        lastEnd_ = end;
        const QString no = QStringLiteral("I%1").arg(i, 6, 10, QLatin1Char('0'));
        const CompanyInfo &company = companies_[static_cast<size_t>(r_.below(static_cast<int>(companies_.size())))];
        QString status;
        if (start > kToday)
            status = QStringLiteral("planned");
        else if (r_.chance(0.06))
            status = QStringLiteral("cancelled");
        else
            status = end < kToday ? QStringLiteral("completed") : QStringLiteral("active");

        Values v = blank(KindId::Internships);
        set(KindId::Internships, v, "internship_no", no);
        set(KindId::Internships, v, "student_no", s.no);
        set(KindId::Internships, v, "company_code", company.code);
        set(KindId::Internships, v, "start_date", iso(start));
        set(KindId::Internships, v, "end_date", iso(end));
        set(KindId::Internships, v, "status", status);
        set(KindId::Internships, v, "supervisor", u(r_.pick(kSupervisors)));
        if (r_.chance(0.3))
            set(KindId::Internships, v, "memo", u(r_.pick(kMemos)));
        insert(KindId::Internships, v);
        ++summary_.internships;
        internshipsOf_[s.no] = company.code;

        // Attendance on the working days so far; a cancelled one stopped early.
        Date last = std::min(end, kToday - date_duration(1));
        if (status == u"cancelled")
            last = std::min(last, start + date_duration(r_.between(0, 20)));
        Values a(4);
        a[0] = no;
        for (Date d = start; d <= last; d += date_duration(1)) {
            if (!calendar_.isWorkingDay(d))
                continue;
            const int roll = r_.below(100);
            a[1] = iso(d);
            if (roll < 92) {
                a[2] = QStringLiteral("present");
                const int h = r_.below(10);
                // Students under the 28-hour limit work short days, and now and then a long one.
                if (s.limitedHours)
                    a[3] = h < 7 ? 5.0 : (h < 9 ? 5.5 : 7.0);
                else
                    a[3] = h < 7 ? 8.0 : (h < 9 ? 7.5 : 6.0);
            } else {
                a[2] = roll < 97 ? QStringLiteral("absent") : QStringLiteral("leave");
                a[3] = QVariant();
            }
            insert(KindId::Attendance, a);
            ++summary_.attendance;
        }
    }

    void placements()
    {
        const int outcomeWeights[] = {70, 10, 8, 7, 5};
        const char *const outcomes[] = {"employed", "further_study", "returned_home", "job_hunting", "other"};
        const int jobWeights[] = {15, 15, 15, 20, 10, 12, 3, 4, 3, 3};
        const char *const jobs[] = {"translation_interpretation", "overseas_business", "sales", "it_engineering",
                                    "engineering_other", "planning_admin", "management", "education", "design", "other"};
        const int statusWeights[] = {80, 8, 6, 3, 3};
        const char *const statuses[] = {"engineer_humanities_international", "designated_46", "specified_skilled_1",
                                        "highly_skilled", "medical"};
        int n = 0;
        for (const Student &s : students_) {
            if (!s.completed || !r_.chance(0.85))
                continue;
            // Some looked for work first and found it later: the latest outcome counts.
            if (r_.chance(0.1)) {
                const Date first = std::min(kToday, *s.completed - date_duration(r_.between(0, 60)));
                addPlacement(++n, s, QStringLiteral("job_hunting"), first, {}, {});
            }
            const QString outcome = QLatin1String(outcomes[r_.weighted(outcomeWeights)]);
            const Date decided = std::min(kToday, *s.completed + date_duration(r_.between(-150, 90)));
            addPlacement(++n, s, outcome, decided, QLatin1String(jobs[r_.weighted(jobWeights)]),
                         QLatin1String(statuses[r_.weighted(statusWeights)]));
        }
    }

    void addPlacement(int i, const Student &s, const QString &outcome, const Date &decided, const QString &job,
                      const QString &statusAfter)
    {
        Values v = blank(KindId::Placements);
        set(KindId::Placements, v, "placement_no", QStringLiteral("P%1").arg(i, 7, 10, QLatin1Char('0')));
        set(KindId::Placements, v, "student_no", s.no);
        set(KindId::Placements, v, "outcome", outcome);
        set(KindId::Placements, v, "decided_on", iso(decided));
        if (outcome == u"employed") {
            // Often the internship's host hires; otherwise another member company, or
            // an employer outside the network (no company code).
            auto host = internshipsOf_.find(s.no);
            const bool home = r_.chance(0.12);
            if (host != internshipsOf_.end() && r_.chance(0.5)) {
                set(KindId::Placements, v, "company_code", host->second);
                set(KindId::Placements, v, "employer_name", companyName(host->second));
            } else if (!home && r_.chance(0.6)) {
                const CompanyInfo &c = companies_[static_cast<size_t>(r_.below(static_cast<int>(companies_.size())))];
                set(KindId::Placements, v, "company_code", c.code);
                set(KindId::Placements, v, "employer_name", c.name);
            } else {
                set(KindId::Placements, v, "employer_name",
                    QStringLiteral("株式会社") + u(r_.pick(kCities).ja) + QStringLiteral("テクノ"));
            }
            set(KindId::Placements, v, "employer_country", home ? s.nationality : QStringLiteral("JP"));
            set(KindId::Placements, v, "japanese_company", qint64(home ? (r_.chance(0.5) ? 1 : 0) : (r_.chance(0.95) ? 1 : 0)));
            const int decidedYear = decided.year();
            const Date start = decided.month() >= 10 || decided.month() <= 3
                                   ? ymd(decided.month() >= 10 ? decidedYear + 1 : decidedYear, 4, 1)
                                   : decided + date_duration(r_.between(30, 90));
            set(KindId::Placements, v, "start_date", iso(start));
            set(KindId::Placements, v, "residence_status_after", home ? QStringLiteral("other") : statusAfter);
            set(KindId::Placements, v, "job_category", job);
            if (r_.chance(0.9))
                set(KindId::Placements, v, "monthly_salary_jpy", qint64(r_.between(180, 360) * 1000));
            if (r_.chance(0.05) && start + date_duration(200) < kToday)
                set(KindId::Placements, v, "left_on", iso(start + date_duration(r_.between(200, 700))));
        } else {
            set(KindId::Placements, v, "employer_country", QStringLiteral("JP"));
        }
        insert(KindId::Placements, v);
        ++summary_.placements;
    }

    QString companyName(const QString &code) const
    {
        const int i = code.mid(1).toInt() - 1;
        return companies_[static_cast<size_t>(i)].name;
    }

    void events()
    {
        struct EventKind
        {
            const char *kind;
            int step;
            const char *title;
            bool withCompany;
        };
        static const EventKind kinds[] = {
            {"company_visit", 1, "企業訪問・工場見学", true},   {"lecture", 1, "中小企業経営者講演会", false},
            {"seminar", 1, "留学生採用セミナー（企業向け）", false}, {"short_internship", 1, "短期インターンシップ", true},
            {"info_session", 2, "企業説明会", true},           {"job_fair", 2, "合同企業説明会", false},
            {"counselling", 2, "個別就職相談会", false},       {"training", 3, "若手外国人社員研修", false},
            {"exchange", 3, "留学生・OB/OG交流会", false}};
        const int n = 60 + options_.students / 100;
        for (int i = 1; i <= n; ++i) {
            const EventKind &k = r_.pick(kinds);
            const Date date = r_.dayBetween(ymd(2013, 10, 1), kToday + date_duration(60));
            const City &c = r_.pick(kCities);
            const QString no = QStringLiteral("E%1").arg(i, 5, 10, QLatin1Char('0'));
            Values v = blank(KindId::Events);
            set(KindId::Events, v, "event_no", no);
            set(KindId::Events, v, "kind", QLatin1String(k.kind));
            set(KindId::Events, v, "step", qint64(k.step));
            set(KindId::Events, v, "title", u(k.title) + QStringLiteral(" %1 %2").arg(date.year()).arg(u(c.ja)));
            set(KindId::Events, v, "date", iso(date));
            set(KindId::Events, v, "prefecture", QLatin1String(c.prefecture));
            QString host;
            if (k.withCompany) {
                host = companies_[static_cast<size_t>(r_.below(static_cast<int>(companies_.size())))].code;
                set(KindId::Events, v, "company_code", host);
            }
            const int capacity = k.kind == std::string_view("job_fair") ? r_.between(100, 300) : r_.between(10, 60);
            set(KindId::Events, v, "capacity", qint64(capacity));
            insert(KindId::Events, v);
            ++summary_.events;

            // Participants: students, and companies at fairs and sessions; each once.
            const bool past = date < kToday;
            std::set<size_t> chosen;
            const int want = std::min<int>(static_cast<int>(students_.size()), r_.between(capacity / 3, capacity));
            for (int t = 0; t < want; ++t)
                chosen.insert(static_cast<size_t>(r_.below(static_cast<int>(students_.size()))));
            Values p = blank(KindId::Participants);
            for (size_t s : chosen) {
                p[0] = no;
                p[1] = students_[s].no;
                p[2] = QVariant();
                p[3] = qint64(past ? (r_.chance(0.9) ? 1 : 0) : 1);
                insert(KindId::Participants, p);
                ++summary_.participants;
            }
            std::set<QString> firms;
            if (!host.isEmpty())
                firms.insert(host);
            if (k.kind == std::string_view("job_fair") || k.kind == std::string_view("exchange"))
                for (int t = r_.between(3, 15); t > 0; --t)
                    firms.insert(companies_[static_cast<size_t>(r_.below(static_cast<int>(companies_.size())))].code);
            for (const QString &f : firms) {
                p[0] = no;
                p[1] = QVariant();
                p[2] = f;
                p[3] = qint64(1);
                insert(KindId::Participants, p);
                ++summary_.participants;
            }
        }
    }

    storage::Database &db_;
    storage::RecordStore store_;
    const Options &options_;
    Random r_;
    calendar::WorkCalendar calendar_;
    Summary summary_;
    std::vector<QString> schoolCodes_;
    std::vector<QString> schoolTypes_;
    std::vector<CompanyInfo> companies_;
    std::vector<Student> students_;
    std::map<QString, QString> internshipsOf_; // student → the company of their last internship
    Date lastEnd_{kToday};
};

} // namespace

Summary generate(storage::Database &db, const Options &options)
{
    return Generator(db, options).run();
}

} // namespace kakehashi::demo
