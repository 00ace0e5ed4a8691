#include "benchhelper.h"
#include "calc/jobmatcher.h"
#include "db/database.h"
#include "db/jobmatchrepository.h"
#include "io/newworkbench.h"
#include "jobs/postingeditor.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Matching a posting as it grows, against the baseline of reading its text once (simplified(),
// the least any matcher does), and the editor's work for one key in a long posting (the match
// itself waits for a pause in typing). Issue 14: a big posting must not make typing wait.
class BenchJobMatch : public QObject
{
    Q_OBJECT

private slots:
    void matchGrowsWithTheText();
    void oneKeyInALongPosting();

private:
    static QString posting(int bytes);
};

QString BenchJobMatch::posting(int bytes)
{
    const QString paragraph
        = u"We are hiring an engineer to build and run machine learning services. You train "
          "models in PyTorch, deploy them on k8s with Docker, keep data pipelines in Airflow "
          "healthy and work with large language models. Terraform, Snowflake and SQL help.\n"_s;
    QString text;
    while (text.size() < bytes)
        text += paragraph;
    return text;
}

void BenchJobMatch::matchGrowsWithTheText()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"w.sqlite"_s), NewWorkbench::builtInRoadmap()));
    QString error;
    const QList<SkillProfile> skills
        = JobMatchRepository(db.connection()).skills(&error).value_or(QList<SkillProfile>());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList vocabulary = JobMatchRepository::vocabulary();
    for (int kb : {5, 100, 1000}) {
        const JobPosting p = JobPosting::fromText(posting(kb * 1024));
        const qint64 baseline = Bench::bestOf(5, [&] { (void)p.text.simplified(); });
        int found = 0;
        const qint64 ns = Bench::bestOf(
            5, [&] { found = int(JobMatcher::match(p, skills, vocabulary).requirements.size()); });
        QVERIFY(found >= 8);
        Bench::report(qPrintable(u"match a %1 KB posting (%2 skills)"_s.arg(kb).arg(skills.size())),
                      ns, baseline, 0);
    }
}

void BenchJobMatch::oneKeyInALongPosting()
{
    PostingEditor editor;
    auto *text = editor.findChild<QPlainTextEdit *>(u"postingTextEdit"_s);
    QVERIFY(text);
    text->setPlainText(posting(200 * 1024));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    text->moveCursor(QTextCursor::End);
    QString plain;
    const qint64 baseline = Bench::bestOf(5, [&] { plain = text->toPlainText(); });
    const qint64 ns = Bench::bestOf(5, [&] { QTest::keyClick(text, Qt::Key_A); });
    Bench::report("one key in a 200 KB posting (vs reading its text)", ns, baseline, 0);
}

QTEST_MAIN(BenchJobMatch)
#include "bench_jobmatch.moc"
