// The full backup: export, then import into a new file, then export again gives the same
// document apart from the export time; a newer format or schema is refused by its number;
// a damaged or cancelled import leaves no file behind; any value survives.

#include "db/database.h"
#include "io/backupexport.h"
#include "io/backupimport.h"
#include "io/backupreader.h"
#include "io/demoworkbench.h"
#include "io/newworkbench.h"
#include "task/taskcontrol.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBackup : public QObject
{
    Q_OBJECT

private:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }
    static QByteArray exportOf(const QString &workbench, const QString &out)
    {
        Database db;
        if (!db.open(workbench, {}, Database::Creation::Never))
            return {};
        const WriteResult r
            = BackupExport::exportTo(db.connection(), out, QDateTime::currentDateTimeUtc());
        if (!r)
            qWarning() << r.error();
        return read(out);
    }
    static QByteArray withoutExportTime(QByteArray json)
    {
        const qsizetype at = json.indexOf("\"exportedAt\"");
        return at < 0 ? json : json.remove(at, json.indexOf('\n', at) - at);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;

private slots:
    void demoRoundTripsUnchanged()
    {
        QString error;
        QVERIFY2(DemoWorkbench::create(path(u"demo.sqlite"_s), &error), qPrintable(error));
        const QByteArray first = exportOf(path(u"demo.sqlite"_s), path(u"demo.json"_s));
        QVERIFY(first.contains("\"format\": \"career-workbench-backup\""));
        QVERIFY(first.contains("\"name\": \"interview_sessions\""));

        TaskControl control;
        int progressCalls = 0;
        connect(&control, &TaskControl::progress, this, [&] { ++progressCalls; });
        BackupImport::Summary summary;
        const WriteResult r = BackupImport::importInto(
            path(u"demo.json"_s), path(u"restored.sqlite"_s), &control, &summary);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(summary.rows > 500);
        QVERIFY(progressCalls > 0);
        const QByteArray second = exportOf(path(u"restored.sqlite"_s), path(u"again.json"_s));
        QCOMPARE(withoutExportTime(second), withoutExportTime(first));
        QVERIFY(withoutExportTime(first) != first);
    }

    void everyKindOfValueSurvives()
    {
        const QString wb = path(u"values.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(wb, NewWorkbench::builtInRoadmap()));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"INSERT INTO projects (name, pitch) VALUES ('P', 'x')"_s));
            q.prepare(u"INSERT INTO project_images (project_id, caption, mime_type, data) "
                      "VALUES (last_insert_rowid(), ?, 'image/png', ?)"_s);
            q.addBindValue(u"\"quoted\" \\ back\nslash \t<b>😀</b> \u0001"_s);
            q.addBindValue(QByteArray("\x00\x01\xff png bytes", 16));
            QVERIFY(q.exec());
            q.prepare(u"UPDATE profile SET current_salary = ?, name = ?"_s);
            q.addBindValue(0.1 + 0.2); // no short decimal form
            q.addBindValue(u"Zoë \u200B Łódź"_s);
            QVERIFY(q.exec());
            QVERIFY(q.exec(u"UPDATE profile SET current_salary = 1e300 WHERE 0"_s));
        }
        const QByteArray first = exportOf(wb, path(u"values.json"_s));
        const WriteResult r
            = BackupImport::importInto(path(u"values.json"_s), path(u"values2.sqlite"_s));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(withoutExportTime(exportOf(path(u"values2.sqlite"_s), path(u"v2.json"_s))),
                 withoutExportTime(first));
        Database back;
        QVERIFY(back.open(path(u"values2.sqlite"_s), {}, Database::Creation::Never));
        QSqlQuery q(back.connection());
        QVERIFY(q.exec(u"SELECT data, typeof(data) FROM project_images"_s) && q.next());
        QCOMPARE(q.value(0).toByteArray(), QByteArray("\x00\x01\xff png bytes", 16));
        QCOMPARE(q.value(1).toString(), u"blob"_s);
        QVERIFY(q.exec(u"SELECT current_salary, typeof(current_salary) FROM profile"_s)
                && q.next());
        QCOMPARE(q.value(0).toDouble(), 0.1 + 0.2);
        QCOMPARE(q.value(1).toString(), u"real"_s);
    }

    void refusalsCreateNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        const QByteArray head = "{\"format\": \"career-workbench-backup\", \"version\": 1, "
                                "\"schemaVersion\": 5, \"tables\": [";
        QTest::newRow("newer format")
            << QByteArray("{\"format\": \"career-workbench-backup\", \"version\": 2, "
                          "\"schemaVersion\": 5, \"tables\": []}")
            << u"format version 2"_s;
        QTest::newRow("newer schema")
            << QByteArray("{\"format\": \"career-workbench-backup\", \"version\": 1, "
                          "\"schemaVersion\": 999, \"tables\": []}")
            << u"schema version 999"_s;
        QTest::newRow("not a backup")
            << QByteArray("{\"format\": \"other\"}") << u"not a Career Workbench backup"_s;
        QTest::newRow("not json") << QByteArray("{\n\"format\": \"career-workbench-backup\",\n x")
                                  << u"line 3, column 2"_s;
        QTest::newRow("truncated")
            << head + "\n{\"name\": \"skills\", \"columns\": [\"id\"], \"rows\": [\n[1"
            << u"the file ends too early"_s;
        QTest::newRow("unknown table")
            << head + "{\"name\": \"nope\", \"columns\": [\"id\"], \"rows\": []}]}"
            << u"\"nope\""_s;
        QTest::newRow("unknown column")
            << head + "{\"name\": \"skills\", \"columns\": [\"shoe_size\"], \"rows\": []}]}"
            << u"\"shoe_size\""_s;
        QTest::newRow("short row") << head
                + "{\"name\": \"languages\", \"columns\": [\"id\", \"language\"], "
                  "\"rows\": [[1]]}]}"
                                   << u"1 values for 2 columns"_s;
        // Found by fuzz_backup: a table giving "rows" twice was handed over twice.
        QTest::newRow("rows twice") << head
                + "{\"name\": \"languages\", \"columns\": [\"id\", \"language\"], "
                  "\"rows\": [[1, \"Deutsch\"]], \"rows\": [[2, \"Spanisch\"]]}]}"
                                    << u"gives \"rows\" twice"_s;
        QTest::newRow("name twice") << head
                + "{\"name\": \"languages\", \"columns\": [\"id\"], \"rows\": [], "
                  "\"name\": \"skills\"}]}"
                                    << u"gives \"name\" twice"_s;
        QTest::newRow("broken link") << head
                + "{\"name\": \"skill_resume\", \"columns\": [\"skill_id\"], "
                  "\"rows\": [[424242]]}]}"
                                     << u"FOREIGN KEY"_s;
    }
    void refusalsCreateNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QVERIFY(write(path(u"bad.json"_s), json));
        const QString target = path(u"never.sqlite"_s);
        const WriteResult r = BackupImport::importInto(path(u"bad.json"_s), target);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(reason, Qt::CaseInsensitive), qPrintable(r.error()));
        // Nothing at the target, and nothing half-made beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({u"never.sqlite*"_s}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void cancelCreatesNothing()
    {
        QString error;
        QVERIFY2(DemoWorkbench::create(path(u"c.sqlite"_s), &error), qPrintable(error));
        exportOf(path(u"c.sqlite"_s), path(u"c.json"_s));
        TaskControl control;
        control.cancel();
        const WriteResult r
            = BackupImport::importInto(path(u"c.json"_s), path(u"cancelled.sqlite"_s), &control);
        QVERIFY(!r);
        QCOMPARE(QDir(m_dir.path()).entryList({u"cancelled.sqlite*"_s}, QDir::Files),
                 QStringList());
        // And an export cancelled keeps no file either.
        Database db;
        QVERIFY(db.open(path(u"c.sqlite"_s), {}, Database::Creation::Never));
        QVERIFY(!BackupExport::exportTo(db.connection(), path(u"cancelled.json"_s),
                                        QDateTime::currentDateTimeUtc(), &control));
        QVERIFY(!QFile::exists(path(u"cancelled.json"_s)));
    }

    void existingTargetIsNeverTouched()
    {
        QVERIFY(write(path(u"exists.sqlite"_s), "precious"));
        QVERIFY(write(path(u"b.json"_s),
                      "{\"format\": \"career-workbench-backup\", \"version\": 1, "
                      "\"schemaVersion\": 5, \"tables\": []}"));
        QVERIFY(!BackupImport::importInto(path(u"b.json"_s), path(u"exists.sqlite"_s)));
        QCOMPARE(read(path(u"exists.sqlite"_s)), QByteArray("precious"));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
