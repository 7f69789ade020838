#include "io/csv.h"
#include "io/csv_source.h"
#include "io/encoding.h"

#include <QBuffer>
#include <QDir>

#include "catch_qt.h"

using namespace kakehashi::io;

TEST_CASE("csv_quotedFields_commasQuotesAndNewlines", "[csv]")
{
    const auto doc = parseCsv(u"a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\r\n");
    REQUIRE(doc.errors.empty());
    REQUIRE(doc.records.size() == 3);
    CHECK(doc.records[1].fields == std::vector<QString>{QStringLiteral("x, y"), QStringLiteral("say \"hi\""),
                                                         QStringLiteral("two\nlines")});
    CHECK(doc.records[1].line == 2);
    CHECK(doc.records[1].lastLine == 3);
    // The next record starts on physical line 4, after the embedded newline.
    CHECK(doc.records[2].line == 4);
    CHECK(doc.records[2].fields == std::vector<QString>{QStringLiteral("last"), QString(), QString()});
}

TEST_CASE("csv_lfAndNoFinalNewline_andBlankLinesSkipped", "[csv]")
{
    const auto doc = parseCsv(u"h1,h2\n\n1,2\n\n3,4");
    REQUIRE(doc.records.size() == 3);
    CHECK(doc.records[1].line == 3);
    CHECK(doc.records[2].line == 5);
    CHECK(doc.records[2].fields.back() == QStringLiteral("4"));
}

TEST_CASE("csv_unclosedQuote_isAnErrorOnItsLine", "[csv]")
{
    const auto doc = parseCsv(u"h1,h2\n1,2\n3,\"open\n");
    REQUIRE(doc.errors.size() == 1);
    CHECK(doc.errors[0].line == 3);
    CHECK(doc.records.size() == 2);
}

TEST_CASE("csv_textAfterClosingQuote_isAnError", "[csv]")
{
    const auto doc = parseCsv(u"h1,h2\n\"a\"b,2\nok,3\n");
    REQUIRE(doc.errors.size() == 1);
    CHECK(doc.errors[0].line == 2);
    REQUIRE(doc.records.size() == 2);
    CHECK(doc.records[1].line == 3);
}

TEST_CASE("csvWriter_quotesOnlyWhereNeeded_andRoundTrips", "[csv]")
{
    CsvWriter w;
    const std::vector<QString> fields = {QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("q\"q"),
                                         QStringLiteral("line\nbreak"), QString(), QStringLiteral(" pad")};
    w.writeRecord(fields);
    CHECK(w.text() == QStringLiteral("plain,\"a,b\",\"q\"\"q\",\"line\nbreak\",,\" pad\"\r\n"));
    const auto doc = parseCsv(w.text());
    REQUIRE(doc.records.size() == 1);
    CHECK(doc.records[0].fields == fields);
}

TEST_CASE("encoding_autoDetectsUtf8BomAndCp932", "[csv][encoding]")
{
    const QString text = QStringLiteral("名前,値\n東京都,１\n");
    const QByteArray utf8 = text.toUtf8();
    auto a = decode(utf8, Encoding::Auto);
    CHECK(a.used == Encoding::Utf8);
    CHECK(a.text == text);

    auto b = decode(QByteArray("\xEF\xBB\xBF") + utf8, Encoding::Auto);
    CHECK(b.used == Encoding::Utf8);
    CHECK(b.text == text); // the BOM is not part of the first column's name

    Encoder cp(Encoding::Cp932);
    const auto sjis = cp.encode(text);
    REQUIRE(sjis);
    CHECK(*sjis != utf8);
    auto c = decode(*sjis, Encoding::Auto);
    CHECK(c.used == Encoding::Cp932);
    CHECK(c.text == text);
    CHECK(c.badLines.empty());
}

TEST_CASE("encoding_cp932_microsoftMappings", "[encoding]")
{
    Encoder cp(Encoding::Cp932);
    // ～ (U+FF5E) and ① are in CP932 (not in plain Shift_JIS); a Hangul syllable is not.
    CHECK(cp.encode(QStringLiteral("～①")).has_value());
    CHECK_FALSE(cp.encode(QStringLiteral("김민준")).has_value());
    CHECK(cp.firstUnencodable(QStringLiteral("abc김")) == QStringLiteral("김"));
    // 0x5C is the yen sign that Japanese Excel shows; it decodes to a backslash.
    CHECK(decode(QByteArray("\x5C" "7000"), Encoding::Cp932).text == QStringLiteral("\\7000"));
}

TEST_CASE("encoding_badBytes_reportTheirLines", "[encoding]")
{
    // Line 3 holds a lone lead byte of a double-byte character.
    const QByteArray bytes = Encoder(Encoding::Cp932).encode(QStringLiteral("a,b\n東,京\n")).value() + "x,\x81\n";
    const auto d = decode(bytes, Encoding::Auto);
    CHECK(d.used == Encoding::Cp932);
    REQUIRE(d.badLines == std::vector<int>{3});
    const auto forced = decode(QByteArray("ok\n\xff\xfe\nok\n"), Encoding::Utf8);
    CHECK(forced.badLines == std::vector<int>{2});
}

TEST_CASE("utf8Validation_rejectsOverlongAndSurrogates", "[encoding]")
{
    CHECK(isValidUtf8("\xe6\x9d\xb1", 3));
    CHECK_FALSE(isValidUtf8("\xc0\xaf", 2));         // overlong '/'
    CHECK_FALSE(isValidUtf8("\xed\xa0\x80", 3));     // surrogate
    CHECK_FALSE(isValidUtf8("\xe6\x9d", 2));         // truncated
    CHECK_FALSE(isValidUtf8("\x93\x8c\x8b\x9e", 4)); // 東京 in CP932
}

// The streaming reader gives exactly what parsing the whole text gives, however
// the file is cut into pieces: every corpus file of the fuzzers, cut every 1, 3,
// 16 and 4096 bytes (issue 10, item 8).
TEST_CASE("csvSource_anyPieceSize_givesWhatTheWholeTextGives", "[csv][stream]")
{
    using namespace kakehashi::io;
    QStringList files;
    for (const char *corpus : {"fuzz/csv", "fuzz/import", "valid", "invalid"}) {
        const QDir dir(QStringLiteral(KAKEHASHI_TEST_DATA "/") + QLatin1String(corpus));
        for (const QString &f : dir.entryList(QDir::Files))
            files << dir.filePath(f);
    }
    REQUIRE(files.size() > 100);
    // Line breaks inside quotes across pieces, CRLF, a BOM, a broken quote, bad bytes.
    const QByteArray made = "\xEF\xBB\xBF" "a,b\r\n\"x\r\ny\",2\r\n\"q\"z,3\n\xFF\xFE,4\n\"open,5\n6,7\n";
    std::vector<QByteArray> inputs{made};
    for (const QString &f : files) {
        QFile file(f);
        REQUIRE(file.open(QIODevice::ReadOnly));
        inputs.push_back(file.readAll());
    }
    for (const QByteArray &bytes : inputs) {
        const Decoded whole = decode(bytes, Encoding::Auto);
        const CsvDocument want = parseCsv(whole.text);
        const QSet<int> wantBad(whole.badLines.begin(), whole.badLines.end());
        for (const qsizetype piece : {1, 3, 16, 4096}) {
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            CsvSource source(buffer, Encoding::Auto, piece);
            CHECK(source.used() == whole.used);
            CsvDocument batch, got;
            while (source.next(batch)) {
                for (CsvRecord &r : batch.records)
                    got.records.push_back(std::move(r));
                for (CsvError &e : batch.errors)
                    got.errors.push_back(std::move(e));
            }
            INFO("piece " << piece << ", " << bytes.size() << " bytes");
            REQUIRE(got.records.size() == want.records.size());
            for (size_t i = 0; i < want.records.size(); ++i) {
                CHECK(got.records[i].line == want.records[i].line);
                CHECK(got.records[i].lastLine == want.records[i].lastLine);
                CHECK(got.records[i].fields == want.records[i].fields);
            }
            REQUIRE(got.errors.size() == want.errors.size());
            for (size_t i = 0; i < want.errors.size(); ++i)
                CHECK(got.errors[i].line == want.errors[i].line);
            CHECK(source.badLines() == wantBad);
        }
    }
}
