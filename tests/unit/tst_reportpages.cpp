#include "reportfixture.h"

#include "db/database.h"
#include "db/reportrepository.h"
#include "io/demoworkbench.h"
#include "report/markdownwriter.h"
#include "report/reportlayout.h"
#include "report/reportpaginator.h"
#include "report/reportrenderer.h"

#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;

// The pages as a reader sees them, on the demo workbench: nothing is cut off from what it
// belongs to (a heading or a project's title at the foot of a page, a caption away from its
// image, a table row alone), idea-stage projects carry no readiness percentage, the resume keeps
// the whole work history, and images keep their sharpness in the PDF.
class TestReportPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void portfolioPagesKeepThingsTogether();
    void paginatorKeepsItsRulesAtEveryPageHeight();
    void ideaProjectsShowNoReadinessScore();
    void resumeKeepsEveryJob();
    void diagramsStayLosslessAndPhotosAreJpeg();
    void recordedPagesLookLikeThePages();

private:
    ReportOptions options(ReportOptions::Kind kind) const;
    QString savePdf(const QByteArray &pdf, const QString &name);
    // The text of each page, header and footer lines removed.
    QList<QStringList> pageLines(const QString &pdf);

    QTemporaryDir m_dir;
    ReportData m_data;
};

void TestReportPages::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QVERIFY2(ReportFixture::hasPoppler(),
             "pdftotext is missing: packaging/linux/install-deps.sh installs poppler-utils");
    const QString path = m_dir.filePath(u"demo.sqlite"_s);
    QString error;
    QVERIFY2(DemoWorkbench::create(path, &error), qPrintable(error));
    Database db;
    QVERIFY(db.open(path));
    const auto data = ReportRepository(db.connection()).load(&error);
    QVERIFY2(data, qPrintable(error));
    m_data = *data;
}

ReportOptions TestReportPages::options(ReportOptions::Kind kind) const
{
    ReportOptions o;
    o.kind = kind;
    o.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    o.pageSize = QPageSize::A4;
    return o;
}

QString TestReportPages::savePdf(const QByteArray &pdf, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(pdf);
    f.close();
    // CW_REPORT_DIR=/tmp/x keeps the PDFs to look at (pdftoppm -png -r 60).
    if (qEnvironmentVariableIsSet("CW_REPORT_DIR"))
        QFile::copy(path, qEnvironmentVariable("CW_REPORT_DIR") + u'/' + name);
    return path;
}

QList<QStringList> TestReportPages::pageLines(const QString &pdf)
{
    QList<QStringList> pages;
    const QString text = ReportFixture::poppler(u"pdftotext"_s, {pdf, u"-"_s});
    static const QRegularExpression footer(u"^Page \\d+ of \\d+$"_s);
    for (const QString &page : text.split(u'\f')) {
        QStringList lines;
        for (const QString &raw : page.split(u'\n')) {
            const QString line = raw.trimmed();
            if (line.isEmpty() || footer.match(line).hasMatch()
                || line.startsWith(u"Portfolio summary: "_s) || line.startsWith(u"Resume: "_s))
                continue;
            lines.append(line);
        }
        if (!lines.isEmpty())
            pages.append(lines);
    }
    return pages;
}

void TestReportPages::portfolioPagesKeepThingsTogether()
{
    const QString pdf
        = savePdf(ReportRenderer::render(m_data, options(ReportOptions::Kind::Portfolio),
                                         ReportRenderer::Format::Pdf, nullptr),
                  u"portfolio.pdf"_s);
    const QList<QStringList> pages = pageLines(pdf);
    QVERIFY(pages.size() > 3);
    // What must never close a page: a heading, a label before its list or table, a title.
    QStringList leaders {u"Profile"_s,  u"Skills matrix"_s,        u"Roadmap progress"_s,
                         u"Projects"_s, u"Certifications"_s,       u"Interview readiness"_s,
                         u"Impact"_s,   u"Readiness per format"_s, u"Latest sessions"_s,
                         u"Contents"_s};
    for (const ReportData::Project &p : std::as_const(m_data.projects))
        leaders.append(p.name);
    for (qsizetype i = 0; i + 1 < pages.size(); ++i) {
        const QString last = pages[i].last();
        QVERIFY2(!leaders.contains(last),
                 qPrintable(u"page %1 ends with \"%2\""_s.arg(i + 1).arg(last)));
    }
    // A caption stays under its image: a page that opens with a caption shows the image too.
    QSet<int> pagesWithImages;
    const QStringList images
        = ReportFixture::poppler(u"pdfimages"_s, {u"-list"_s, pdf}).split(u'\n');
    for (const QString &line : images.mid(2))
        if (const int page = line.simplified().section(u' ', 0, 0).toInt(); page > 0)
            pagesWithImages.insert(page);
    QVERIFY(!pagesWithImages.isEmpty());
    for (qsizetype i = 0; i < pages.size(); ++i)
        if (pages[i].first() == "Architecture sketch"_L1)
            QVERIFY2(pagesWithImages.contains(int(i) + 1),
                     qPrintable(u"page %1 opens with a caption without its image"_s.arg(i + 1)));
}

void TestReportPages::paginatorKeepsItsRulesAtEveryPageHeight()
{
    ReportData data = m_data;
    // A long table (60 sessions are logged; the skills table has dozens of rows).
    ReportOptions o = options(ReportOptions::Kind::Portfolio);
    o.minSkillLevel = 0;
    const ReportDocument doc = ReportRenderer::document(data, o);
    const ReportLayout layout(doc, ReportRenderer::pageLayout(o), &data, nullptr);
    const double a4 = layout.pageRect().height();
    QVERIFY(a4 > 0);
    int tablesChecked = 0;
    // From a page of about half an A4 sheet (the radar chart, its heading and caption take
    // 115 mm together) to a full one.
    for (double height = a4 * 0.45; height <= a4 * 0.9; height += a4 * 0.017) {
        const ReportPaginator paginator(layout.document(), height);
        const auto &units = paginator.units();
        const auto &pages = paginator.pages();
        for (qsizetype i = 0; i < units.size(); ++i) {
            const ReportPaginator::Unit &u = units[i];
            QVERIFY(u.page >= 0 && u.page < pages.size());
            // Its page shows all of it (the last table once lost its last row's lower half).
            QVERIFY2(u.top >= pages[u.page].start - 0.5 && u.bottom <= pages[u.page].end + 0.5,
                     qPrintable(
                         u"height %1: a piece at %2..%3 sticks out of its page %4..%5"_s.arg(height)
                             .arg(u.top)
                             .arg(u.bottom)
                             .arg(pages[u.page].start)
                             .arg(pages[u.page].end)));
            if (i == 0)
                continue;
            const ReportPaginator::Unit &before = units[i - 1];
            QVERIFY(u.page >= before.page);
            if (u.breakBefore)
                QVERIFY2(u.page == before.page + 1, "a section that starts a page does");
            else if (before.glue)
                QVERIFY2(
                    u.page == before.page,
                    qPrintable(
                        u"height %1: a break between glued pieces at %2"_s.arg(height).arg(u.top)));
        }
        // Every page's content fits, its repeated header included.
        for (const ReportPaginator::Page &p : pages) {
            const double header = p.repeatHeaderOf >= 0
                ? paginator.tables()[p.repeatHeaderOf].headerBottom
                    - paginator.tables()[p.repeatHeaderOf].top
                : 0;
            QVERIFY(p.end - p.start + header <= height + 0.5);
        }
        // Tables: a continued table repeats its header; no page holds a lone row of a table
        // that runs over more than one page.
        QMap<QPair<int, int>, int> rowsOnPage; // (table, page) -> body rows
        QMap<int, QSet<int>> pagesOfTable;
        for (const ReportPaginator::Unit &u : units) {
            if (u.table < 0)
                continue;
            pagesOfTable[u.table].insert(u.page);
            if (u.row > 0)
                ++rowsOnPage[{u.table, u.page}];
            if (u.row > 0 && pages[u.page].start == u.top)
                QCOMPARE(pages[u.page].repeatHeaderOf, u.table);
        }
        for (auto it = rowsOnPage.cbegin(); it != rowsOnPage.cend(); ++it) {
            if (pagesOfTable[it.key().first].size() < 2)
                continue;
            ++tablesChecked;
            QVERIFY2(
                it.value() >= 3,
                qPrintable(u"height %1: %2 row(s) of a table alone"_s.arg(height).arg(it.value())));
        }
    }
    QVERIFY(tablesChecked > 0);
}

void TestReportPages::ideaProjectsShowNoReadinessScore()
{
    const QString md
        = QString::fromUtf8(ReportRenderer::render(m_data, options(ReportOptions::Kind::Portfolio),
                                                   ReportRenderer::Format::Markdown, nullptr));
    int ideas = 0;
    for (const QString &entry : md.split(u"\n### "_s)) {
        if (!entry.contains(u"**Status:** Idea"_s))
            continue;
        ++ideas;
        QVERIFY2(!entry.contains(u"Readiness"_s), qPrintable(entry));
    }
    QVERIFY(ideas > 0); // the demo has projects at the idea stage
    QVERIFY(md.contains(u"**Readiness:** "_s)); // the others keep theirs
}

void TestReportPages::resumeKeepsEveryJob()
{
    // The demo's resume runs past two pages and must leave something out: projects go, the
    // work history stays.
    const ReportOptions o = options(ReportOptions::Kind::Resume);
    const ReportDocument doc = ReportRenderer::document(m_data, o);
    QVERIFY(!doc.omitted.isEmpty());
    QVERIFY2(!doc.omitted.contains(u"position"_s), qPrintable(doc.omitted));
    const QString pdf = savePdf(
        ReportRenderer::render(m_data, o, ReportRenderer::Format::Pdf, nullptr), u"resume.pdf"_s);
    const QString info = ReportFixture::poppler(u"pdfinfo"_s, {pdf});
    QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+[12]\\n"_s)), qPrintable(info));
    const QString text = ReportFixture::poppler(u"pdftotext"_s, {pdf, u"-"_s}).simplified();
    QVERIFY(m_data.work.size() >= 2);
    for (const ReportData::Job &j : std::as_const(m_data.work)) {
        QVERIFY2(text.contains(j.employer), qPrintable(j.employer));
        QVERIFY2(text.contains(j.position), qPrintable(j.position));
    }
    QVERIFY(text.contains(u"Left out to fit two pages"_s));
}

void TestReportPages::diagramsStayLosslessAndPhotosAreJpeg()
{
    ReportData data = m_data;
    // A photograph: smooth shading with noise, thousands of colours.
    QImage photo(900, 600, QImage::Format_RGB32);
    quint32 seed = 12345;
    for (int y = 0; y < photo.height(); ++y)
        for (int x = 0; x < photo.width(); ++x) {
            seed = seed * 1664525u + 1013904223u;
            const int noise = int(seed >> 27);
            photo.setPixel(x, y,
                           qRgb((x / 4 + noise) % 256, (y / 3 + noise) % 256, (x + y) / 8 % 256));
        }
    QVERIFY(!data.projects.isEmpty());
    data.projects.first().images.append({u"Team photo"_s, photo, {}}); // no file: Qt encodes it
    const QString pdf
        = savePdf(ReportRenderer::render(data, options(ReportOptions::Kind::Portfolio),
                                         ReportRenderer::Format::Pdf, nullptr),
                  u"images.pdf"_s);
    // pdfimages -list: page num type width height color comp bpc enc interp object ID x-ppi ...
    const QStringList lines
        = ReportFixture::poppler(u"pdfimages"_s, {u"-list"_s, pdf}).split(u'\n');
    int jpeg = 0, lossless = 0;
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.simplified().split(u' ');
        if (cols.size() < 14 || cols.at(2) != "image"_L1)
            continue;
        QVERIFY2(cols.at(12).toInt() >= 300 && cols.at(13).toInt() >= 300, qPrintable(line));
        if (cols.at(3).toInt() == photo.width())
            jpeg += cols.at(8) == "jpeg"_L1 ? 1 : 0;
        else
            lossless += cols.at(8) != "jpeg"_L1 ? 1 : 0;
    }
    QCOMPARE(jpeg, 1);
    int diagrams = 0;
    for (const ReportData::Project &p : std::as_const(data.projects))
        diagrams += int(p.images.size());
    QCOMPARE(lossless, diagrams - 1);
    // The HTML page carries them the same way: PNG for diagrams, JPEG for the photograph.
    const QString html = QString::fromUtf8(ReportRenderer::render(
        data, options(ReportOptions::Kind::Portfolio), ReportRenderer::Format::Html, nullptr));
    QCOMPARE(html.count(u"<img src=\"data:image/jpeg;base64,"_s), 1);
    QCOMPARE(html.count(u"<img src=\"data:image/png;base64,"_s), diagrams - 1);
}

QTEST_MAIN(TestReportPages)
void TestReportPages::recordedPagesLookLikeThePages()
{
    // Print... records the pages on a worker and replays them in the print dialog: a replayed
    // page shows what the page itself shows (text where it was, images, rules).
    const ReportOptions o = options(ReportOptions::Kind::Portfolio);
    const ReportDocument doc = ReportRenderer::document(m_data, o);
    const ReportLayout layout(doc, ReportRenderer::pageLayout(o), &m_data, nullptr);
    // At 72 dpi (a whole number, as a device's logical resolution is).
    constexpr int ImageDpi = 72;
    const int width = int(std::lround(layout.pageRect().width() * ImageDpi / ReportLayout::Dpi));
    for (int i = 0; i < std::min(layout.pageCount(), 6); ++i) {
        const QImage direct = layout.pageImage(i, width);
        // At the resolution that makes the page WIDTH pixels wide, as a printer or the print
        // preview has its own (and QPicture plays back scaled by it).
        QImage replayed(direct.size(), QImage::Format_RGB32);
        const int dotsPerMeter = int(std::lround(ImageDpi / 0.0254));
        replayed.setDotsPerMeterX(dotsPerMeter);
        replayed.setDotsPerMeterY(dotsPerMeter);
        replayed.fill(Qt::white);
        {
            QPainter painter(&replayed);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            ReportLayout::drawPagePicture(&painter, layout.pagePicture(i));
        }
        if (qEnvironmentVariableIsSet("CW_REPORT_DIR")) {
            const QString dir = qEnvironmentVariable("CW_REPORT_DIR");
            direct.save(dir + u"/page-%1.png"_s.arg(i + 1));
            replayed.save(dir + u"/page-%1-recorded.png"_s.arg(i + 1));
        }
        // Compared in blocks of 8 x 8 pixels: glyphs may land a fraction of a pixel apart
        // (positions are rounded at other points), what a reader sees may not differ.
        constexpr int Block = 8;
        auto ink = [](const QImage &image, int bx, int by) {
            int sum = 0;
            for (int y = by * Block; y < (by + 1) * Block; ++y) {
                const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
                for (int x = bx * Block; x < (bx + 1) * Block; ++x)
                    sum += 255 - qGray(line[x]);
            }
            return sum / (Block * Block);
        };
        int inked = 0, different = 0;
        for (int by = 0; by < direct.height() / Block; ++by) {
            for (int bx = 0; bx < direct.width() / Block; ++bx) {
                const int a = ink(direct, bx, by);
                inked += a > 8;
                different += std::abs(a - ink(replayed, bx, by)) > 24;
            }
        }
        QVERIFY(inked > 50);
        QVERIFY2(
            different * 50 < inked,
            qPrintable(
                u"page %1: %2 of %3 inked blocks differ"_s.arg(i + 1).arg(different).arg(inked)));
    }
}

#include "tst_reportpages.moc"
