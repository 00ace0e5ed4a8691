#include "reportfixture.h"

#include "report/reportlayout.h"
#include "report/reportrenderer.h"
#include "report/resumebuilder.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

// A resume stays within two pages however much the workbench holds, keeps what is most
// relevant to the role and says what it left out; the portfolio gets its table of contents
// past three pages; non-Latin and right-to-left text prints with fonts that have the glyphs.
class TestReportFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resumeFitsTwoPagesOnAHugeWorkbench();
    void portfolioPastThreePagesHasContents();
    void nonLatinAndBidiTextPrints();
    void europeanScriptsPrintInTheReportFont();
    void theNoteNamesWhatWasLeftOut();
    void textInAnotherScriptKeepsTheDocumentsDirection();

private:
    static ReportData huge();
    QString save(const QByteArray &pdf, const QString &name);
    QTemporaryDir m_dir;
};

void TestReportFit::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QVERIFY2(ReportFixture::hasPoppler(),
             "pdftotext is missing: packaging/linux/install-deps.sh installs poppler-utils");
}

QString TestReportFit::save(const QByteArray &pdf, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(pdf);
    if (qEnvironmentVariableIsSet("CW_REPORT_DIR"))
        QFile::copy(path, qEnvironmentVariable("CW_REPORT_DIR") + u'/' + name);
    return path;
}

ReportData TestReportFit::huge()
{
    ReportData d;
    d.today = QDate(2025, 6, 1);
    d.profile.name = u"Dana Okafor"_s;
    d.profile.headline = u"AI engineer"_s;
    d.profile.summary = u"Builds and ships machine-learning systems. "_s.repeated(6);
    d.roadmap.categories.append({RoadmapGroup::Kind::Category, 1, u"Everything"_s, {}, 0});
    d.roadmap.stages.append({RoadmapGroup::Kind::Stage, 1, u"All"_s, {}, 0});
    for (int i = 0; i < 600; ++i) {
        Skill s;
        s.id = i + 1;
        s.stageId = 1;
        s.categoryId = 1;
        s.name = u"Skill number %1"_s.arg(i);
        s.currentLevel = 3 + i % 3;
        d.roadmap.skills.append(s);
    }
    for (int i = 0; i < 150; ++i) {
        ReportData::Project p;
        p.id = i + 1;
        p.name = i == 149 ? u"Retrieval assistant with an LLM"_s : u"Project %1"_s.arg(i);
        p.pitch = u"A project that does something useful for somebody."_s;
        p.status = u"done"_s;
        p.metrics.append({u"Accuracy"_s, 0.7, 0.9, {}, true});
        p.metrics.append({u"Latency"_s, 300, 120, u"ms"_s, false});
        d.projects.append(p);
    }
    // A long career: more than two pages with everything else, and all of it stays.
    for (int i = 0; i < 6; ++i) {
        ReportData::Job j;
        j.employer = u"Employer %1"_s.arg(i);
        j.position = u"Engineer"_s;
        j.startedOn = QDate(2020 - i, 1, 1);
        j.endedOn = QDate(2020 - i, 12, 31);
        j.summary = u"Worked on many things over the year, with care."_s;
        j.highlights = {u"Shipped a thing"_s, u"Shipped another thing"_s};
        d.work.append(j);
    }
    return d;
}

void TestReportFit::resumeFitsTwoPagesOnAHugeWorkbench()
{
    const ReportData data = huge();
    ReportOptions options;
    options.kind = ReportOptions::Kind::Resume;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    options.pageSize = QPageSize::A4;
    options.roleTags = {u"llm"_s};
    const ReportDocument doc = ReportRenderer::document(data, options);
    QVERIFY(ReportLayout::countPages(doc, ReportRenderer::pageLayout(options)) <= 2);
    QVERIFY(
        doc.omitted.startsWith(u"Left out to fit two pages, least relevant to the target role"_s));
    // Named, least relevant first (on a tie the later project), the rest counted.
    QVERIFY2(
        doc.omitted.contains(QRegularExpression(
            u"\\d+ project\\(s\\) \\(Project 148, Project 147, Project 146 and \\d+ other\\(s\\)\\)"_s)),
        qPrintable(doc.omitted));
    // The project that matches the role is the first to stay.
    const QString text = ReportFixture::poppler(
        u"pdftotext"_s,
        {save(ReportRenderer::render(data, options, ReportRenderer::Format::Pdf, nullptr),
              u"huge-resume.pdf"_s),
         u"-"_s});
    QVERIFY(text.contains(u"Retrieval assistant with an LLM"_s));
    // The work history is never given up for projects.
    for (const ReportData::Job &j : data.work)
        QVERIFY2(text.contains(j.employer), qPrintable(j.employer));
    QVERIFY(text.simplified().contains(u"Left out to fit two pages"_s));
    const QString info
        = ReportFixture::poppler(u"pdfinfo"_s, {m_dir.filePath(u"huge-resume.pdf"_s)});
    QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+2\\n"_s)), qPrintable(info));
}

void TestReportFit::portfolioPastThreePagesHasContents()
{
    ReportOptions options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    ReportData data = huge();
    data.roadmap.skills.resize(80);
    data.projects.resize(20);
    const ReportDocument doc = ReportRenderer::document(data, options);
    const ReportLayout layout(doc, ReportRenderer::pageLayout(options), &data, nullptr);
    QVERIFY(layout.pageCount() > 3);
    QVERIFY(layout.hasToc());
    const QString path
        = save(ReportRenderer::render(data, options, ReportRenderer::Format::Pdf, nullptr),
               u"huge-portfolio.pdf"_s);
    // Page 2 holds the contents, with the page each section starts on.
    const QString page2 = ReportFixture::poppler(
        u"pdftotext"_s, {u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, u"-layout"_s, path, u"-"_s});
    QVERIFY2(page2.contains(u"Contents"_s), qPrintable(page2));
    const auto match = QRegularExpression(u"Projects\\s+(\\d+)"_s).match(page2);
    QVERIFY(match.hasMatch());
    const QString projectsPage = ReportFixture::poppler(
        u"pdftotext"_s, {u"-f"_s, match.captured(1), u"-l"_s, match.captured(1), path, u"-"_s});
    QVERIFY2(projectsPage.contains(u"Projects\n"_s), qPrintable(projectsPage.left(200)));
}

void TestReportFit::nonLatinAndBidiTextPrints()
{
    ReportData data = huge();
    data.projects.clear();
    data.work.clear();
    data.roadmap.skills.clear();
    data.profile.name = u"ليلى حداد 李小龙"_s;
    data.profile.headline = u"مهندسة تعلم الآلة: ML engineer, 机器学习工程师"_s;
    ReportOptions options;
    options.kind = ReportOptions::Kind::Resume;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const QString path = save(
        ReportRenderer::render(data, options, ReportRenderer::Format::Pdf, nullptr), u"bidi.pdf"_s);
    // Poppler gives Arabic in presentation forms: compare in compatibility normal form.
    const QString text = ReportFixture::poppler(u"pdftotext"_s, {path, u"-"_s})
                             .normalized(QString::NormalizationForm_KC);
    QVERIFY2(text.contains(u"李小龙"_s), qPrintable(text));
    QVERIFY2(text.contains(u"机器学习工程师"_s), qPrintable(text));
    // Arabic reads back in logical order whichever way poppler orders the runs.
    QVERIFY2(text.contains(u"حداد"_s) || text.contains(u"ددح"_s), qPrintable(text));
    // The glyphs come from fonts that have them: a CJK font and an Arabic-capable one, embedded.
    const QString fonts = ReportFixture::poppler(u"pdffonts"_s, {path});
    QVERIFY2(fonts.contains(QRegularExpression(u"CJK|Fallback|WenQuanYi|Droid|Han"_s)),
             qPrintable(fonts));
    QVERIFY2(fonts.contains(QRegularExpression(u"Arabic|Naskh|Kufi|DejaVu"_s)), qPrintable(fonts));
    // The Latin text around it still prints in the report's own font.
    QVERIFY2(fonts.contains(u"CareerWorkbenchSans-Regular"_s), qPrintable(fonts));
}

void TestReportFit::europeanScriptsPrintInTheReportFont()
{
    // Accented Latin, Greek and Cyrillic are all in Career Workbench Sans (the unhinted copy
    // of Noto Sans that embeds fast, issue #12): they read back as written, and the PDF embeds
    // no other font for them.
    ReportData data = huge();
    data.projects.clear();
    data.work.clear();
    data.roadmap.skills.clear();
    const QString name = u"Zoë Đorđević-Ørsted"_s;
    const QString headline = u"Ελένη Παπαδοπούλου · Анна Петрова · Łódź, São Paulo, Malmö"_s;
    data.profile.name = name;
    data.profile.headline = headline;
    data.profile.summary = u"Grüße aus Zürich: naïve façades, œuvres, smørrebrød – «€ 1 200»."_s;
    ReportOptions options;
    options.kind = ReportOptions::Kind::Resume;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const QString path
        = save(ReportRenderer::render(data, options, ReportRenderer::Format::Pdf, nullptr),
               u"european.pdf"_s);
    const QString text = ReportFixture::poppler(u"pdftotext"_s, {path, u"-"_s});
    for (const QString &expected : {name, headline, data.profile.summary})
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text));
    const QString fonts = ReportFixture::poppler(u"pdffonts"_s, {path});
    const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2); // past the header
    QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(u"CareerWorkbenchSans-"_s), qPrintable(fonts));
    QVERIFY2(fonts.contains(u"CareerWorkbenchSans-Bold"_s), qPrintable(fonts)); // the name
}

QTEST_MAIN(TestReportFit)
void TestReportFit::theNoteNamesWhatWasLeftOut()
{
    const QString longName = u"A very long project name that goes on and on <b>& on</b> for ever"_s;
    const QString note = ResumeBuilder::omittedNote(
        {{u"projects"_s, {longName, u"Faces"_s}},
         {u"skills"_s, {u"Java"_s, u"C++"_s, u"Linear algebra"_s, u"Go"_s, u"Rust"_s}}},
        false);
    QCOMPARE(note,
             u"Left out to fit two pages, least relevant first: 2 project(s) (A very long project "
             "name that goes on\u2026, Faces); 5 skill(s) (Java, C++, Linear algebra and 2 "
             "other(s))."_s);
    QCOMPARE(ResumeBuilder::omittedNote({{u"skills"_s, {}}}, true), QString());
}

void TestReportFit::textInAnotherScriptKeepsTheDocumentsDirection()
{
    // An English resume whose summary and languages start in Arabic: those lines still start
    // at the left margin and keep their order ("العربية (Native), 中文 (Fluent)"; the line was
    // right-aligned and printed "中文 (Fluent) ,(Native) العربية"). The HTML says ltr too.
    ReportData data = huge();
    data.projects.clear();
    data.work.clear();
    data.roadmap.skills.clear();
    data.profile.summary = u"مرحبا بالعالم and then English."_s;
    data.languages = {u"العربية (Native)"_s, u"中文 (Fluent)"_s};
    ReportOptions options;
    options.kind = ReportOptions::Kind::Resume;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const ReportDocument doc = ReportRenderer::document(data, options);
    const ReportLayout layout(doc, ReportRenderer::pageLayout(options), &data, nullptr);
    int checked = 0;
    for (QTextBlock b = layout.document()->begin(); b.isValid(); b = b.next()) {
        if (!b.text().startsWith(u"العربية"_s) && !b.text().startsWith(u"مرحبا"_s))
            continue;
        ++checked;
        QCOMPARE(b.textDirection(), Qt::LeftToRight);
        const QTextLine line = b.layout()->lineAt(0);
        QVERIFY2(line.naturalTextRect().left() < 1.0,
                 qPrintable(u"%1 starts at %2"_s.arg(b.text()).arg(line.naturalTextRect().left())));
    }
    QCOMPARE(checked, 2);
    const QString html = QString::fromUtf8(
        ReportRenderer::render(data, options, ReportRenderer::Format::Html, nullptr));
    QVERIFY2(html.contains(QRegularExpression(u"<html lang=\"en[^\"]*\" dir=\"ltr\">"_s)),
             qPrintable(html.left(200)));
    QVERIFY(!html.contains(u"dir=\"auto\""_s));
}

#include "tst_reportfit.moc"
