#include "reportfixture.h"

#include "report/htmlwriter.h"
#include "report/markdownwriter.h"
#include "report/reportlayout.h"
#include "report/reportrenderer.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// The documents a user hands to others, from a fixture workbench with known numbers: the
// HTML and Markdown match expected-output files, user text prints as typed in every format,
// the PDF reads back (pdftotext) with its names and figures, its metadata, links and fonts.
class TestReportDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesExpectedOutput_data();
    void matchesExpectedOutput();
    void userTextIsEscapedInEveryFormat();
    void projectImagesPrintAtLeast300Dpi();
    void aPictureSharedByProjectsIsEmbeddedOnce();
    void aPhotoTakenUpsideDownPrintsUpright();
    void unsafeLinksAreNotLinked();
    void pdfReadsBackWithNamesAndFigures();
    void pdfHasMetadataLinksAndEmbeddedFonts();
    void relevanceOrdersProjectsByRole();
    void optionsRoundTrip();
    void theItemChoicesShapeTheDocument();
    void failedSaveLeavesTheOldFile();

private:
    ReportOptions options(ReportOptions::Kind kind, const QString &tags = {}) const;
    QByteArray pdf(ReportOptions::Kind kind);
    QString pdfText(const QByteArray &pdf, const QString &name);

    ReportFixture m_fixture;
    ReportData m_data;
};

ReportOptions TestReportDocuments::options(ReportOptions::Kind kind, const QString &tags) const
{
    ReportOptions o;
    o.kind = kind;
    o.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    o.pageSize = QPageSize::Letter;
    o.roleTags = ReportOptions::parseTags(tags);
    return o;
}

void TestReportDocuments::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_fixture.open(), qPrintable(m_fixture.error));
    const auto data = m_fixture.data();
    QVERIFY2(data, qPrintable(m_fixture.error));
    m_data = *data;
    QVERIFY2(ReportFixture::hasPoppler(),
             "pdftotext is missing: packaging/linux/install-deps.sh installs poppler-utils");
}

QByteArray TestReportDocuments::pdf(ReportOptions::Kind kind)
{
    return ReportRenderer::render(m_data, options(kind), ReportRenderer::Format::Pdf, nullptr);
}

QString TestReportDocuments::pdfText(const QByteArray &bytes, const QString &name)
{
    const QString path = m_fixture.dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    f.close();
    // CW_REPORT_DIR=/tmp/x keeps the PDFs to look at (pdftoppm -png -r 60).
    if (qEnvironmentVariableIsSet("CW_REPORT_DIR"))
        QFile::copy(path, qEnvironmentVariable("CW_REPORT_DIR") + u'/' + name);
    return ReportFixture::poppler(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
}

void TestReportDocuments::matchesExpectedOutput_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected");
    const int portfolio = int(ReportOptions::Kind::Portfolio);
    const int resume = int(ReportOptions::Kind::Resume);
    QTest::newRow("portfolio html")
        << portfolio << int(ReportRenderer::Format::Html) << u"portfolio.html"_s;
    QTest::newRow("portfolio markdown")
        << portfolio << int(ReportRenderer::Format::Markdown) << u"portfolio.md"_s;
    QTest::newRow("resume html") << resume << int(ReportRenderer::Format::Html) << u"resume.html"_s;
    QTest::newRow("resume markdown")
        << resume << int(ReportRenderer::Format::Markdown) << u"resume.md"_s;
}

void TestReportDocuments::matchesExpectedOutput()
{
    QFETCH(int, kind);
    QFETCH(int, format);
    QFETCH(QString, expected);
    QByteArray actual = ReportRenderer::render(m_data, options(ReportOptions::Kind(kind)),
                                               ReportRenderer::Format(format), nullptr);
    // The version in the generator line changes with every release.
    actual.replace(CW_VERSION_FOR_TESTS, "@VERSION@");
    const QString path = ReportFixture::dataPath(expected);
    if (qEnvironmentVariableIsSet("CW_UPDATE_EXPECTED")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray wanted = file.readAll();
    if (actual != wanted) {
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> w = wanted.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), w.size()); ++i)
            QCOMPARE(a.value(i), w.value(i));
    }
}

void TestReportDocuments::projectImagesPrintAtLeast300Dpi()
{
    const QString path = m_fixture.dir.filePath(u"images.pdf"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf(ReportOptions::Kind::Portfolio));
    f.close();
    // pdfimages -list: page num type width height color comp bpc enc interp object ID x-ppi y-ppi
    const QStringList lines
        = ReportFixture::poppler(u"pdfimages"_s, {u"-list"_s, path}).split(u'\n');
    int images = 0;
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.simplified().split(u' ');
        if (cols.size() < 14 || cols.at(2) != "image"_L1)
            continue;
        ++images;
        QVERIFY2(cols.at(12).toInt() >= 300 && cols.at(13).toInt() >= 300, qPrintable(line));
    }
    QCOMPARE(images, 1);
}

void TestReportDocuments::aPictureSharedByProjectsIsEmbeddedOnce()
{
    // Project 2 shows the same picture as project 1 (the same file, added twice).
    QSqlQuery q(m_fixture.database->connection());
    QVERIFY(m_fixture.database->connection().transaction());
    QVERIFY2(q.exec(u"INSERT INTO project_images (project_id, caption, mime_type, data, position) "
                    "SELECT 2, 'Same sketch', mime_type, data, 0 FROM project_images "
                    "WHERE project_id = 1"_s),
             qPrintable(q.lastError().text()));
    const auto data = m_fixture.data();
    QVERIFY(m_fixture.database->connection().rollback());
    QVERIFY(data);
    const QString path = m_fixture.dir.filePath(u"shared-image.pdf"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ReportRenderer::render(*data, options(ReportOptions::Kind::Portfolio),
                                   ReportRenderer::Format::Pdf, nullptr));
    f.close();
    // Both projects show it; the file holds its pixels once (one image object).
    QStringList objects;
    const QStringList lines
        = ReportFixture::poppler(u"pdfimages"_s, {u"-list"_s, path}).split(u'\n');
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.simplified().split(u' ');
        if (cols.size() >= 14 && cols.at(2) == "image"_L1)
            objects << cols.at(10);
    }
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects.at(0), objects.at(1));
}

// A phone photo stored upside down with an EXIF note saying so: the report shows it upright,
// and the PDF embeds the turned image, not the file as stored (which a PDF reader would show
// upside down).
void TestReportDocuments::aPhotoTakenUpsideDownPrintsUpright()
{
    QImage stored(64, 32, QImage::Format_RGB32);
    stored.fill(Qt::white);
    QPainter(&stored).fillRect(0, 0, 32, 16, Qt::red); // red at the top left as stored
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        stored.save(&buffer, "JPG", 95);
    }
    // An EXIF block after the start marker: orientation 3, turned half round.
    const QByteArray exif("\xff\xe1\x00\x22"
                          "Exif\0\0"
                          "MM\0\x2a\0\0\0\x08"
                          "\0\x01"
                          "\x01\x12\0\x03\0\0\0\x01"
                          "\0\x03\0\0"
                          "\0\0\0\0",
                          4 + 6 + 8 + 2 + 8 + 4 + 4);
    const QByteArray photo = jpeg.left(2) + exif + jpeg.mid(2);
    QSqlQuery q(m_fixture.database->connection());
    QVERIFY(m_fixture.database->connection().transaction());
    q.prepare(u"INSERT INTO project_images (project_id, caption, mime_type, data, position) "
              "VALUES (1, 'Team photo', 'image/jpeg', ?, 9)"_s);
    q.addBindValue(photo);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const auto data = m_fixture.data();
    QVERIFY(m_fixture.database->connection().rollback());
    QVERIFY(data);
    const ReportData::Image *found = nullptr;
    for (const auto &p : data->projects)
        for (const auto &img : p.images)
            if (img.caption == u"Team photo"_s)
                found = &img;
    QVERIFY(found);
    QCOMPARE(found->image.size(), QSize(64, 32));
    // Upright: the stored top left is now the bottom right.
    QVERIFY(qRed(found->image.pixel(60, 28)) > 200 && qGreen(found->image.pixel(60, 28)) < 80);
    QVERIFY(qGreen(found->image.pixel(4, 4)) > 200);
    QVERIFY(found->file.isEmpty()); // the PDF takes the turned image, not the file
}

void TestReportDocuments::userTextIsEscapedInEveryFormat()
{
    const QString name = u"<img src=x onerror=alert(1)> Fraud radar & co"_s;
    for (auto kind : {ReportOptions::Kind::Portfolio, ReportOptions::Kind::Resume}) {
        const QString html = QString::fromUtf8(
            ReportRenderer::render(m_data, options(kind), ReportRenderer::Format::Html, nullptr));
        QVERIFY(html.contains(u"&lt;img src=x onerror=alert(1)&gt; Fraud radar &amp; co"_s));
        // The only image tags are the project images the writer embeds itself.
        QCOMPARE(html.count(u"<img"_s), html.count(u"<img src=\"data:image/png;base64,"_s));
        QVERIFY(!html.contains(u"<script"_s));
        if (kind == ReportOptions::Kind::Portfolio) {
            QCOMPARE(html.count(u"<img"_s), 1);
            const QString caption
                = u"&lt;script&gt;alert(2)&lt;/script&gt; Data flow &amp; &quot;scoring&quot;"_s;
            QVERIFY(html.contains(u"alt=\""_s + caption + u'"'));
            QVERIFY(html.contains(u"<figcaption>"_s + caption + u"</figcaption>"_s));
        }
        const QString md = QString::fromUtf8(ReportRenderer::render(
            m_data, options(kind), ReportRenderer::Format::Markdown, nullptr));
        QVERIFY(md.contains(u"\\<img src=x onerror=alert(1)\\> Fraud radar \\& co"_s));
        QVERIFY(md.contains(u"Flags risky payments \\*fast\\*."_s));
        // A project's highlights (the user's own result lines) are in both documents.
        QVERIFY(html.contains(u"Caught 3 in 4 frauds &lt;b&gt;before&lt;/b&gt; payout"_s));
        QVERIFY(md.contains(u"Caught 3 in 4 frauds \\<b\\>before\\</b\\> payout"_s));
        const QString text = pdfText(pdf(kind), u"escape.pdf"_s);
        QVERIFY2(text.simplified().contains(name), qPrintable(text.left(400)));
        QVERIFY2(text.simplified().contains(u"Caught 3 in 4 frauds <b>before</b> payout"_s),
                 qPrintable(text));
        if (kind == ReportOptions::Kind::Portfolio) {
            const QString caption = u"<script>alert(2)</script> Data flow & \"scoring\""_s;
            QVERIFY(md.contains(u"\\<script\\>alert(2)\\</script\\> Data flow \\& \"scoring\""_s));
            QVERIFY2(text.simplified().contains(caption), qPrintable(text.left(400)));
        }
    }
    QCOMPARE(MarkdownWriter::escape(u"1. first - [x](y) `z`"_s),
             u"1\\. first - \\[x\\](y) \\`z\\`"_s);
    QCOMPARE(MarkdownWriter::escape(u"- item"_s), u"\\- item"_s);
}

void TestReportDocuments::unsafeLinksAreNotLinked()
{
    QCOMPARE(HtmlWriter::safeUrl(u"javascript:alert(1)"_s), QString());
    QCOMPARE(HtmlWriter::safeUrl(u"https://github.com/dokafor"_s), u"https://github.com/dokafor"_s);
    const QString html = QString::fromUtf8(ReportRenderer::render(
        m_data, options(ReportOptions::Kind::Resume), ReportRenderer::Format::Html, nullptr));
    QVERIFY(!html.contains(u"href=\"javascript"_s));
    QVERIFY(html.contains(u"Blog: javascript:alert(1)"_s)); // shown, as text
    QVERIFY(!pdf(ReportOptions::Kind::Resume).contains("javascript"));
}

void TestReportDocuments::pdfReadsBackWithNamesAndFigures()
{
    const QByteArray resume = pdf(ReportOptions::Kind::Resume);
    const QString text = pdfText(resume, u"resume.pdf"_s).simplified();
    for (const QString &expected :
         {u"Dana Okafor"_s, u"Data analyst becoming an AI engineer"_s, u"Summary"_s, u"Skills"_s,
          u"Experience"_s, u"Education"_s, u"Certifications"_s,
          u"Recall at 1% FPR: 0.62 to 0.81 (31 % better)"_s,
          u"Scoring latency: 120 ms to 45 ms (63 % better)"_s, u"Senior data analyst, Northwind"_s,
          u"Cloud ML Engineer"_s, u"German (B2)"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
    QCOMPARE(ReportFixture::poppler(u"pdfinfo"_s, {m_fixture.dir.filePath(u"resume.pdf"_s)})
                 .contains(QRegularExpression(u"Pages:\\s+1\\n"_s)),
             true);

    const QString portfolio = pdfText(pdf(ReportOptions::Kind::Portfolio), u"p.pdf"_s).simplified();
    for (const QString &expected :
         {u"Portfolio summary"_s, u"Skills matrix"_s, u"Roadmap progress"_s, u"Readiness: 36 %"_s,
          u"Interview readiness"_s, u"Acme & Sons"_s, u"Net present value"_s, u"Page 2 of"_s})
        QVERIFY2(portfolio.contains(expected), qPrintable(expected + u" not in: "_s + portfolio));
}

void TestReportDocuments::pdfHasMetadataLinksAndEmbeddedFonts()
{
    const QByteArray bytes = pdf(ReportOptions::Kind::Resume);
    const QString path = m_fixture.dir.filePath(u"meta.pdf"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const QString info = ReportFixture::poppler(u"pdfinfo"_s, {path});
    QVERIFY2(info.contains(QRegularExpression(u"Title:\\s+Resume: Dana Okafor"_s)),
             qPrintable(info));
    QVERIFY(info.contains(QRegularExpression(u"Author:\\s+Dana Okafor"_s)));
    QVERIFY(info.contains(QRegularExpression(u"Subject:\\s+Resume"_s)));
    QVERIFY(info.contains(QRegularExpression(u"Creator:\\s+Career Workbench"_s)));
    // Clickable: a link annotation with the URI.
    QVERIFY(bytes.contains("/URI (https://github.com/dokafor)"));
    // Every font embedded (the "emb" column of pdffonts).
    const QStringList fonts
        = ReportFixture::poppler(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &line : fonts)
        QVERIFY2(line.contains(QRegularExpression(u"\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"_s)),
                 qPrintable(line));
}

void TestReportDocuments::relevanceOrdersProjectsByRole()
{
    const QString llm = QString::fromUtf8(
        ReportRenderer::render(m_data, options(ReportOptions::Kind::Resume, u"LLM"_s),
                               ReportRenderer::Format::Markdown, nullptr));
    QVERIFY(llm.indexOf(u"Support ticket router"_s) < llm.indexOf(u"Fraud radar"_s));
    const QString mlops = QString::fromUtf8(
        ReportRenderer::render(m_data, options(ReportOptions::Kind::Resume, u"mlops"_s),
                               ReportRenderer::Format::Markdown, nullptr));
    // Skills: the role's first, then by level; level 2 (LLM evaluation) is below the chosen 3.
    QVERIFY(mlops.contains(u"MLOps pipelines, SQL, Python, Gradient boosting\n"_s));
    const QString fraud = QString::fromUtf8(ReportRenderer::render(
        m_data, options(ReportOptions::Kind::Resume, u"gradient boosting, payments"_s),
        ReportRenderer::Format::Markdown, nullptr));
    QVERIFY(fraud.indexOf(u"Fraud radar"_s) < fraud.indexOf(u"Support ticket router"_s));
    QVERIFY(fraud.contains(u"Gradient boosting, SQL, Python, MLOps pipelines\n"_s));
}

// The text of the Markdown section headed HEADING ("## Skills" up to the next "## ").
static QString sectionText(const QString &markdown, const QString &heading)
{
    const qsizetype start = markdown.indexOf(u"## "_s + heading + u'\n');
    if (start < 0)
        return {};
    const qsizetype end = markdown.indexOf(u"\n## "_s, start + 3);
    return markdown.mid(start, end < 0 ? -1 : end - start);
}

void TestReportDocuments::theItemChoicesShapeTheDocument()
{
    // The Reports page's item choices, as the resume shows them: skills at or above a level,
    // only skills with evidence, only finished projects, only earned certifications, and
    // projects left out one by one.
    const auto resume = [this](const std::function<void(ReportOptions &)> &choose) {
        ReportOptions o = options(ReportOptions::Kind::Resume);
        choose(o);
        return QString::fromUtf8(
            ReportRenderer::render(m_data, o, ReportRenderer::Format::Markdown, nullptr));
    };
    const auto has = [](const QString &text, const QStringList &names) {
        QStringList found;
        for (const QString &n : names)
            if (text.contains(n))
                found << n;
        return found;
    };
    const QStringList skills {u"Python"_s, u"SQL"_s, u"Gradient boosting"_s, u"LLM evaluation"_s,
                              u"MLOps pipelines"_s};
    const QString atThree = sectionText(resume([](ReportOptions &) {}), u"Skills"_s);
    QVERIFY(!atThree.isEmpty());
    QCOMPARE(has(atThree, skills),
             QStringList({u"Python"_s, u"SQL"_s, u"Gradient boosting"_s, u"MLOps pipelines"_s}));
    QCOMPARE(has(sectionText(resume([](ReportOptions &o) { o.minSkillLevel = 4; }), u"Skills"_s),
                 skills),
             QStringList({u"Python"_s, u"SQL"_s}));
    // Evidence: the projects prove Python and gradient boosting.
    QCOMPARE(has(sectionText(resume([](ReportOptions &o) { o.evidencedSkillsOnly = true; }),
                             u"Skills"_s),
                 skills),
             QStringList({u"Python"_s, u"Gradient boosting"_s}));

    const QStringList projects {u"Fraud radar"_s, u"Support ticket router"_s};
    QCOMPARE(has(sectionText(resume([](ReportOptions &) {}), u"Projects"_s), projects), projects);
    QCOMPARE(has(sectionText(resume([](ReportOptions &o) { o.featuredProjectsOnly = true; }),
                             u"Projects"_s),
                 projects),
             QStringList({u"Fraud radar"_s}));
    QCOMPARE(
        has(sectionText(resume([](ReportOptions &o) { o.excludedProjects = {1}; }), u"Projects"_s),
            projects),
        QStringList({u"Support ticket router"_s}));

    const QStringList certifications {u"Cloud ML Engineer"_s, u"Data Engineer Associate"_s};
    QCOMPARE(has(sectionText(resume([](ReportOptions &) {}), u"Certifications"_s), certifications),
             QStringList({u"Cloud ML Engineer"_s}));
    QCOMPARE(has(sectionText(resume([](ReportOptions &o) { o.earnedCertificationsOnly = false; }),
                             u"Certifications"_s),
                 certifications),
             certifications);
    QCOMPARE(has(sectionText(resume([](ReportOptions &o) {
                                 o.earnedCertificationsOnly = false;
                                 o.excludedCertifications = {1};
                             }),
                             u"Certifications"_s),
                 certifications),
             QStringList({u"Data Engineer Associate"_s}));
}

void TestReportDocuments::optionsRoundTrip()
{
    ReportOptions o = options(ReportOptions::Kind::Resume, u" LLM, RAG ,,llm"_s);
    QCOMPARE(o.roleTags, QStringList({u"llm"_s, u"rag"_s}));
    o.hiddenSections = {u"projects"_s};
    o.minSkillLevel = 4;
    const ReportOptions back = ReportOptions::fromJson(o.toJson(), QLocale(QLocale::German));
    QCOMPARE(back.kind, ReportOptions::Kind::Resume);
    QCOMPARE(back.pageSize, QPageSize::Letter);
    QCOMPARE(back.roleTags, o.roleTags);
    QCOMPARE(back.hiddenSections, o.hiddenSections);
    QCOMPARE(back.minSkillLevel, 4);
    QCOMPARE(ReportOptions::fromJson("{}", QLocale(QLocale::German, QLocale::Germany)).pageSize,
             QPageSize::A4);
    QCOMPARE(
        ReportOptions::fromJson("{}", QLocale(QLocale::English, QLocale::UnitedStates)).pageSize,
        QPageSize::Letter);
}

void TestReportDocuments::failedSaveLeavesTheOldFile()
{
    const QString path = m_fixture.dir.filePath(u"old.md"_s);
    QVERIFY(ReportRenderer::save(path, "old", nullptr));
    QString error;
    QVERIFY(!ReportRenderer::save(m_fixture.dir.filePath(u"missing/dir/x.md"_s), "new", &error));
    QVERIFY(!error.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old"));
}

QTEST_MAIN(TestReportDocuments)
#include "tst_reportdocuments.moc"
