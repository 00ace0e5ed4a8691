// File > Import / Export for JSON Resume and the backup, driven as a user would through the
// dialogs seam: the work runs in the background, the open workbench gets the import and the
// pages are told, and a restored backup opens as a new file.

#include "common/changenotifier.h"
#include "common/dialogs.h"
#include "documentcontroller.h"
#include "interchange/interchangecontroller.h"
#include "interchange/jsonresumepreviewdialog.h"
#include "task/backgroundtask.h"

#include "db/database.h"
#include "io/newworkbench.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWidget>

using namespace Qt::StringLiterals;

class TestInterchangeMenu : public QObject
{
    Q_OBJECT

private:
    int count(const QString &table) const
    {
        QSqlQuery q(m_document->database()->connection());
        q.exec(u"SELECT count(*) FROM "_s + table);
        return q.next() ? q.value(0).toInt() : -1;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    DocumentController *m_document = nullptr;
    ChangeNotifier *m_notifier = nullptr;
    InterchangeController *m_controller = nullptr;

private slots:
    void init()
    {
        Dialogs::setTestMode(true);
        Dialogs::takeMessages();
        m_window = std::make_unique<QWidget>();
        m_document = new DocumentController(m_window.get());
        m_notifier = new ChangeNotifier(m_window.get());
        m_controller = new InterchangeController(m_document, m_notifier, m_window.get());
        const QString wb = path(u"wb%1.cwbench"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY2(m_document->open(wb), qPrintable(m_document->lastError()));
    }
    void cleanup() { m_window.reset(); }

    void importsAJsonResumeInTheBackground()
    {
        QSignalSpy started(m_controller, &InterchangeController::taskStarted);
        QSignalSpy changed(m_notifier, &ChangeNotifier::changed);
        Dialogs::queueFileName(QStringLiteral(CW_TEST_DATA_DIR "/jsonresume/sample.resume.json"));
        m_controller->importJsonResume();
        QCOMPARE(started.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->runningTask(), 30000);
        // The preview was the only question, and nothing went wrong.
        QCOMPARE(Dialogs::takeMessages(), QStringList {u"Import sample.resume.json?"_s});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(count(u"work_history"_s), 1);
        QCOMPARE(count(u"languages"_s), 1);

        // Answering No to the preview imports nothing more.
        Dialogs::queueFileName(QStringLiteral(CW_TEST_DATA_DIR "/jsonresume/sample.resume.json"));
        Dialogs::queueAnswer(QMessageBox::No);
        m_controller->importJsonResume();
        QVERIFY(!m_controller->runningTask());
        QCOMPARE(changed.size(), 1);
    }

    void thePreviewShowsWhatTheImportWillAddUpdateAndKeep()
    {
        // What File > Import JSON Resume shows before it writes (tests answer it as a
        // question): each entry with its change, added first, and what the file has that the
        // workbench does not keep. Names are shown as written.
        QString error;
        const auto resume = JsonResumeImport::readFile(
            QStringLiteral(CW_TEST_DATA_DIR "/jsonresume/sample.resume.json"), &error);
        QVERIFY2(resume, qPrintable(error));
        JsonResumeImport::Summary summary;
        QVERIFY(
            JsonResumeImport(m_document->database()->connection()).preview(*resume, &summary).ok());
        QVERIFY(summary.count(JsonResumeImport::Change::Add) > 3);
        summary.items.append(
            {u"projects"_s, u"<b>Bold</b> & co"_s, JsonResumeImport::Change::Update});
        summary.kept = 2;
        JsonResumePreviewDialog dialog(u"sample.resume.json"_s, summary, m_window.get());
        const auto *list = dialog.findChild<QTreeWidget *>(u"previewList"_s);
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), int(summary.items.size()));
        QCOMPARE(list->topLevelItem(0)->text(0), u"Added"_s);
        const int added = summary.count(JsonResumeImport::Change::Add);
        QCOMPARE(list->topLevelItem(added)->text(0), u"Updated"_s);
        QCOMPARE(list->topLevelItem(added)->text(1), u"Profile"_s);
        QCOMPARE(list->topLevelItem(added + 1)->text(1), u"Project"_s);
        QCOMPARE(list->topLevelItem(added + 1)->text(2), u"<b>Bold</b> & co"_s);
        QStringList texts;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            texts << l->text();
        const QString heading
            = u"Importing sample.resume.json adds %1, updates %2 and leaves %3 unchanged. 2 "
              "entries of your workbench that the file does not mention are kept as they are."_s
                  .arg(added)
                  .arg(summary.count(JsonResumeImport::Change::Update))
                  .arg(summary.count(JsonResumeImport::Change::Same));
        QVERIFY2(texts.contains(heading), qPrintable(texts.join(u'|')));
        const auto *notes = dialog.findChild<QPlainTextEdit *>(u"previewNotes"_s);
        QVERIFY(notes);
        QVERIFY(notes->toPlainText().contains(u"volunteer"_s));
    }

    void exportsThenRestoresABackupIntoANewFile()
    {
        const QString before = m_document->path();
        Dialogs::queueFileName(path(u"backup.json"_s));
        m_controller->exportBackup();
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->runningTask(), 30000);
        QVERIFY(QFile::exists(path(u"backup.json"_s)));

        Dialogs::queueFileName(path(u"backup.json"_s));
        Dialogs::queueFileName(path(u"restored"_s)); // the suffix is added
        m_controller->importBackup();
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->runningTask(), 30000);
        QVERIFY(QFile::exists(path(u"restored.cwbench"_s)));
        QVERIFY(m_document->path() != before);
        QVERIFY(m_document->path().endsWith(u"restored.cwbench"_s));
        QCOMPARE(count(u"skills"_s), 85);
    }

    void exportsTheCalendar()
    {
        // An exam date to export.
        QSqlQuery q(m_document->database()->connection());
        QVERIFY(q.exec(u"INSERT INTO certifications (name, issuer, status, exam_on) "
                       "VALUES ('ML Engineer', 'Cloud', 'planned', '2031-05-06')"_s));
        Dialogs::queueFileName(path(u"exams.ics"_s));
        m_controller->exportCalendar();
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->runningTask(), 30000);
        QCOMPARE(Dialogs::takeMessages(), QStringList {});
        QFile ics(path(u"exams.ics"_s));
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray text = ics.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY2(text.contains("DTSTART;VALUE=DATE:20310506"), text.constData());
        QVERIFY(text.contains("ML Engineer"));
    }

    void aBadResumeIsReportedAndChangesNothing()
    {
        QFile bad(path(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\n  \"work\": [\n    {\"name\": }\n  ]\n}");
        bad.close();
        Dialogs::queueFileName(path(u"bad.json"_s));
        m_controller->importJsonResume();
        QVERIFY(!m_controller->runningTask());
        const QStringList messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(u"line 3, column"_s), qPrintable(messages.first()));
        QCOMPARE(count(u"work_history"_s), 0);
    }
};

QTEST_MAIN(TestInterchangeMenu)
#include "tst_interchangemenu.moc"
