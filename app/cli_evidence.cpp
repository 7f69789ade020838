#include "cli_options.h"
#include "cli_evidence.h"

#include "io/csv.h"
#include "io/exporter.h"
#include "ledger/evidence.h"
#include "ledger/ledger.h"
#include "evidence_documents.h"
#include "reports/completion.h"
#include "reports/reports.h"
#include "reports/timesheet.h"
#include "storage/output_file.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

#include <cstdio>
#include <optional>
#include <string_view>

namespace kakehashi::cli {

namespace {


QString monthOption(Options &o, bool required)
{
    const auto m = o.take(QStringLiteral("--month"));
    if (!m) {
        if (required)
            throw BadUsage{QStringLiteral("--month YYYY-MM is required")};
        return {};
    }
    if (!ledger::parsePeriod(*m))
        throw BadUsage{QStringLiteral("--month: “%1” is not a month (YYYY-MM)").arg(*m)};
    return *m;
}

QString internshipOption(Options &o)
{
    const auto i = o.take(QStringLiteral("--internship"));
    if (!i || i->trimmed().isEmpty())
        throw BadUsage{QStringLiteral("--internship N is required")};
    return i->trimmed();
}

QByteArray csv(const std::vector<QString> &header, const std::vector<std::vector<QString>> &rows, bool toFile,
               const std::vector<bool> &numeric = {})
{
    return io::tableCsv(header, rows, toFile ? io::Encoding::Utf8Bom : io::Encoding::Utf8, numeric);
}

// A PDF or XLSX made by `make(path)` written to stdout through a temporary file.
void binaryToStdout(const QString &suffix, const std::function<void(const QString &)> &make)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("out.") + suffix);
    make(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw io::ExportError(QStringLiteral("cannot read back %1").arg(path));
    out(f.readAll());
}

int evidence(storage::Database &db, const auth::Session &session, Options &o, bool japanese)
{
    const auto sub = o.positional();
    if (!sub)
        throw BadUsage{QStringLiteral("missing evidence command (add, list, export, sheet)")};
    ledger::Evidence ev(db);
    if (*sub == u"add") {
        const QString internship = internshipOption(o);
        const QString month = monthOption(o, true);
        const bool replace = o.flag(QStringLiteral("--replace"));
        const auto file = o.positional();
        o.done();
        if (!file)
            throw BadUsage{QStringLiteral("missing FILE (the scanned signed timesheet: PDF or image)")};
        const storage::DocumentInfo d = ev.addTimesheetFile(session, internship, month, *file, replace);
        err(QStringLiteral("%1 %2: signed timesheet %3 attached (%4, %5 bytes, version %6)")
                .arg(internship, month, d.filename, d.mediaType)
                .arg(d.sizeBytes)
                .arg(d.version));
        out((d.sha256 + QLatin1Char('\n')).toUtf8());
        return Ok;
    }
    if (*sub == u"list") {
        const QString month = monthOption(o, false);
        const auto internship = o.take(QStringLiteral("--internship"));
        const bool missing = o.flag(QStringLiteral("--missing"));
        const auto file = o.take(QStringLiteral("-o"), QStringLiteral("--output"));
        o.done();
        if (missing && month.isEmpty())
            throw BadUsage{QStringLiteral("--missing needs --month YYYY-MM")};
        const std::vector<QString> header = {
            QStringLiteral("internship_no"), QStringLiteral("period"),     QStringLiteral("state"),
            QStringLiteral("version"),       QStringLiteral("filename"),   QStringLiteral("media_type"),
            QStringLiteral("size_bytes"),    QStringLiteral("sha256"),     QStringLiteral("added_by"),
            QStringLiteral("added_at")};
        std::vector<std::vector<QString>> rows;
        auto docRow = [](const storage::DocumentInfo &d, const QString &state) {
            return std::vector<QString>{d.ownerKey, d.period, state, QString::number(d.version), d.filename, d.mediaType,
                                        QString::number(d.sizeBytes), d.sha256, d.addedBy, d.addedAt};
        };
        int lacking = 0;
        if (!month.isEmpty()) {
            // The month's claims, each with its sheet or `missing`; then sheets
            // of internships without a claim that month.
            QSet<QString> claimed;
            for (const ledger::MonthEvidence &m : ev.month(month)) {
                if (internship && m.internshipNo != *internship)
                    continue;
                claimed.insert(m.internshipNo);
                if (m.sheet) {
                    if (!missing)
                        rows.push_back(docRow(*m.sheet, QStringLiteral("attached")));
                } else {
                    ++lacking;
                    rows.push_back({m.internshipNo, month, QStringLiteral("missing"), {}, {}, {}, {}, {}, {}, {}});
                }
            }
            if (!missing) {
                storage::DocumentFilter f;
                f.ownerKind = ledger::kInternshipOwner;
                f.purpose = ledger::kTimesheetPurpose;
                f.ownerKey = internship.value_or(QString());
                f.periodFrom = month;
                f.periodTo = month;
                f.currentOnly = true;
                for (const storage::DocumentInfo &d : ev.documents(f))
                    if (!claimed.contains(d.ownerKey))
                        rows.push_back(docRow(d, QStringLiteral("attached")));
            }
        } else {
            storage::DocumentFilter f;
            f.ownerKind = ledger::kInternshipOwner;
            f.purpose = ledger::kTimesheetPurpose;
            f.ownerKey = internship.value_or(QString());
            const auto all = ev.documents(f);
            for (size_t i = 0; i < all.size(); ++i) {
                const bool superseded = i + 1 < all.size() && all[i + 1].ownerKey == all[i].ownerKey &&
                                        all[i + 1].period == all[i].period;
                rows.push_back(docRow(all[i], superseded ? QStringLiteral("replaced") : QStringLiteral("attached")));
            }
        }
        const QByteArray text = csv(header, rows, file.has_value(),
                                    {false, false, false, true, false, false, true, false, false, false});
        if (file)
            storage::writeOutputFile(*file, text);
        else
            out(text);
        if (lacking > 0)
            err(QStringLiteral("%1: %2 claim(s) without a signed timesheet").arg(month).arg(lacking));
        return Ok;
    }
    if (*sub == u"export") {
        const QString internship = internshipOption(o);
        const QString month = monthOption(o, true);
        const auto file = o.take(QStringLiteral("-o"), QStringLiteral("--output"));
        o.done();
        if (!file)
            throw BadUsage{QStringLiteral("-o FILE is required")};
        const storage::DocumentInfo d = ev.exportTimesheet(session, internship, month, *file);
        err(QStringLiteral("%1 %2: %3 written (%4 bytes, sha256 %5)")
                .arg(internship, month, *file)
                .arg(d.sizeBytes)
                .arg(d.sha256));
        return Ok;
    }
    if (*sub == u"sheet") {
        const QString internship = internshipOption(o);
        const QString month = monthOption(o, true);
        const auto file = o.take(QStringLiteral("-o"), QStringLiteral("--output"));
        o.done();
        const auto ym = ledger::parsePeriod(month);
        reports::Timesheet t;
        try {
            t = reports::timesheet(db, internship, ym->first, ym->second);
        } catch (const reports::ReportError &e) {
            throw ledger::EvidenceError(e.message());
        }
        auto make = [&](const QString &path) { render::writeTimesheetPdf(path, t, QDateTime::currentDateTime()); };
        if (file)
            make(*file);
        else
            binaryToStdout(QStringLiteral("pdf"), make);
        (void)japanese; // the sheet is for a Japanese company: always in Japanese
        return Ok;
    }
    throw BadUsage{QStringLiteral("unknown evidence command “%1” (add, list, export, sheet)").arg(*sub)};
}

int completion(storage::Database &db, const auth::Session &session, Options &o, bool japanese)
{
    const auto fyText = o.take(QStringLiteral("--fy"));
    const QString format = o.take(QStringLiteral("--format")).value_or(QStringLiteral("pdf"));
    const auto file = o.take(QStringLiteral("-o"), QStringLiteral("--output"));
    o.done();
    if (!fyText)
        throw BadUsage{QStringLiteral("--fy N is required")};
    bool ok = false;
    const int fy = fyText->toInt(&ok);
    if (!ok || fy < 1900 || fy > 2199)
        throw BadUsage{QStringLiteral("--fy must be a year between 1900 and 2199, not “%1”").arg(*fyText)};
    if (format != u"pdf" && format != u"xlsx" && format != u"csv")
        throw BadUsage{QStringLiteral("unknown format “%1” (pdf, xlsx, csv)").arg(format)};
    const reports::CompletionReport r = reports::completionReport(db, fy);
    // A report with the interns' names is an export of personal data (APPI).
    auth::Users(db).audit(session.who(), QStringLiteral("export"), QStringLiteral("report_completion"),
                          QString::number(fy), QStringLiteral("file"), {}, file.value_or(QStringLiteral("-")));
    if (format == u"csv" && !file) {
        out(render::completionCsv(r, false));
    } else {
        auto make = [&](const QString &path) {
            render::writeCompletion(path, format, r, japanese, QDateTime::currentDateTime(), session.who());
        };
        if (file)
            make(*file);
        else
            binaryToStdout(format, make);
    }
    err(QStringLiteral("FY%1: %2 internship(s), %3 day(s), ¥%4 paid (net of reversals)")
            .arg(fy)
            .arg(r.internships.size())
            .arg(r.totalDays)
            .arg(r.totalPaidJpy));
    return Ok;
}

template <typename F>
int guarded(F &&f)
{
    try {
        return f();
    } catch (const BadUsage &e) {
        err(QStringLiteral("kakehashi-cli: %1").arg(e.message));
        err(QStringLiteral("Try 'kakehashi-cli --help'."));
        return Usage;
    }
}

} // namespace

int evidenceCommand(storage::Database &db, const auth::Session &session, const QStringList &args, bool japanese)
{
    return guarded([&] {
        Options o(args);
        return evidence(db, session, o, japanese);
    });
}

int completionCommand(storage::Database &db, const auth::Session &session, const QStringList &args, bool japanese)
{
    return guarded([&] {
        Options o(args);
        return completion(db, session, o, japanese);
    });
}

bool printsPdfByDefault(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        const std::string_view a(argv[i]), b(argv[i + 1]);
        if (a == "evidence" && b == "sheet")
            return true;
        if (a == "report" && b == "completion") {
            // PDF unless another format is asked for.
            for (int j = 1; j < argc; ++j) {
                const std::string_view f(argv[j]);
                if (f == "--format=csv" || f == "--format=xlsx" ||
                    (f == "--format" && j + 1 < argc &&
                     (std::string_view(argv[j + 1]) == "csv" || std::string_view(argv[j + 1]) == "xlsx")))
                    return false;
            }
            return true;
        }
    }
    return false;
}

} // namespace kakehashi::cli
