#include "db/database.h"
#include "db/projectrepository.h"
#include "db/transaction.h"
#include "domain/readinessitem.h"
#include "io/newworkbench.h"

#include "checkedread.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Projects in the database: round trips with metrics and skills, featured-first order,
// images, the checklist with ticks beside scan results, skill coverage, and the upgrade of
// version-1 files whose checklist used older item names.
class TestProjectRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_file = 0;

    static Project sample(const QString &name)
    {
        Project p;
        p.name = name;
        p.pitch = u"One line"_s;
        p.problem = u"Claims take too long"_s;
        p.targetIndustry = u"Insurance"_s;
        p.status = Project::Status::Done;
        p.startedOn = QDate(2026, 1, 2);
        p.finishedOn = QDate(2026, 3, 4);
        p.repositoryUrl = u"https://github.com/me/x"_s;
        p.highlights = u"Shipped\nPresented"_s;
        ProjectMetric f1;
        f1.name = u"F1"_s;
        f1.baseline = 0.71;
        f1.achieved = 0.84;
        ProjectMetric users;
        users.name = u"Users"_s;
        users.achieved = 12;
        users.higherIsBetter = false;
        p.metrics = {f1, users};
        return p;
    }

    qint64 insert(const Project &p)
    {
        ProjectRepository repo(m_db->connection());
        Transaction t(m_db->connection());
        QString error;
        const qint64 id = repo.insert(p, &error);
        if (id == 0 || !t.commit())
            qWarning() << error;
        return id;
    }

    qint64 firstSkill() const
    {
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT min(id) FROM skills"_s);
        return q.next() ? q.value(0).toLongLong() : 0;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir.filePath(u"w%1.sqlite"_s.arg(++m_file)),
                            NewWorkbench::builtInRoadmap()),
                 qPrintable(m_db->error()));
    }

    void cleanup() { m_db.reset(); }

    void roundTrip()
    {
        Project p = sample(u"Claims triage"_s);
        p.skillIds = {firstSkill()};
        p.featured = true;
        const qint64 id = insert(p);
        QVERIFY(id > 0);
        ProjectRepository repo(m_db->connection());
        const auto read = repo.find(id, CheckedRead());
        QVERIFY(read.has_value());
        QCOMPARE(read->name, p.name);
        QCOMPARE(read->targetIndustry, p.targetIndustry);
        QCOMPARE(read->status, Project::Status::Done);
        QCOMPARE(read->finishedOn, p.finishedOn);
        QCOMPARE(read->highlights, p.highlights);
        QVERIFY(read->featured);
        QCOMPARE(read->skillIds, p.skillIds);
        QCOMPARE(read->metrics.size(), 2);
        QCOMPARE(read->metrics.at(0).baseline, std::optional(0.71));
        QVERIFY(!read->metrics.at(1).baseline.has_value());
        QVERIFY(!read->metrics.at(1).higherIsBetter);

        Project changed = *read;
        changed.name = u"Claims triage v2"_s;
        changed.metrics.removeFirst();
        changed.skillIds.clear();
        {
            Transaction t(m_db->connection());
            QVERIFY(repo.update(changed, nullptr));
            QVERIFY(t.commit());
        }
        const auto again = repo.find(id, CheckedRead());
        QCOMPARE(again->name, u"Claims triage v2"_s);
        QCOMPARE(again->metrics.size(), 1);
        QVERIFY(again->skillIds.isEmpty());
    }

    void featuredFirstThenUserOrder()
    {
        const qint64 a = insert(sample(u"A"_s));
        const qint64 b = insert(sample(u"B"_s));
        Project c = sample(u"C"_s);
        c.featured = true;
        const qint64 cId = insert(c);
        ProjectRepository repo(m_db->connection());
        QList<qint64> ids;
        const auto stored1 = repo.all(CheckedRead()).value();
        for (const Project &p : stored1)
            ids << p.id;
        QCOMPARE(ids, QList<qint64>({cId, a, b}));
        QVERIFY(repo.setOrder({cId, b, a}, nullptr));
        ids.clear();
        const auto stored2 = repo.all(CheckedRead()).value();
        for (const Project &p : stored2)
            ids << p.id;
        QCOMPARE(ids, QList<qint64>({cId, b, a}));
    }

    void removeAndRestoreKeepsId()
    {
        const qint64 id = insert(sample(u"Gone"_s));
        ProjectRepository repo(m_db->connection());
        Project p = *repo.find(id, CheckedRead());
        QVERIFY(repo.remove(id, nullptr));
        QVERIFY(!repo.find(id, CheckedRead()).has_value());
        QCOMPARE(repo.insert(p, nullptr), id);
        QCOMPARE(repo.find(id, CheckedRead())->metrics.size(), 2);
    }

    void images()
    {
        const qint64 id = insert(sample(u"Pictured"_s));
        ProjectRepository repo(m_db->connection());
        ProjectImage image;
        image.projectId = id;
        image.caption = u"Architecture"_s;
        image.mimeType = u"image/png"_s;
        image.data = QByteArray("\x89PNG fake bytes", 15);
        const qint64 imageId = repo.addImage(image, nullptr);
        QVERIFY(imageId > 0);
        QCOMPARE(repo.images(id, CheckedRead()).value().size(), 1);
        QCOMPARE(repo.images(id, CheckedRead()).value().first().data, image.data);

        ProjectImage huge = image;
        huge.data = QByteArray(ProjectImage::MaxBytes + 1, 'x');
        QString error;
        QCOMPARE(repo.addImage(huge, &error), 0);
        QVERIFY(!error.isEmpty());
        // The schema refuses it too, whoever writes.
        QSqlQuery q(m_db->connection());
        q.prepare(u"INSERT INTO project_images (project_id, mime_type, data) VALUES (?, ?, ?)"_s);
        q.addBindValue(id);
        q.addBindValue(u"image/png"_s);
        q.addBindValue(huge.data);
        QVERIFY(!q.exec());

        QVERIFY(repo.removeImage(imageId, nullptr));
        QVERIFY(repo.images(id, CheckedRead()).value().isEmpty());
    }

    void checklistTicksAndScan()
    {
        const qint64 id = insert(sample(u"Checked"_s));
        ProjectRepository repo(m_db->connection());
        QList<ChecklistEntry> list = repo.checklist(id, CheckedRead()).value();
        QCOMPARE(list.size(), ReadinessItem::ids().size());
        QVERIFY(!list.first().ticked);
        QVERIFY(!list.first().scanned.has_value());

        QVERIFY(repo.setTicked(id, u"license"_s, true, nullptr));
        ChecklistEntry readme {u"readme"_s, false, true, {{u"README.md"_s, 0, {}}}};
        ChecklistEntry secrets {
            u"secrets"_s, false, false, {{u"app.py"_s, 3, u"KEY = \"********\""_s}}};
        ChecklistEntry license {u"license"_s, false, false, {}};
        QVERIFY(repo.saveScan(id, u"/src/x"_s, QDateTime(QDate(2026, 5, 1), QTime(10, 0)),
                              {readme, secrets, license}, nullptr));
        list = repo.checklist(id, CheckedRead()).value();
        const auto entry = [&](const QString &key) {
            for (const ChecklistEntry &e : std::as_const(list)) {
                if (e.id == key)
                    return e;
            }
            return ChecklistEntry();
        };
        QCOMPARE(entry(u"readme"_s).scanned, std::optional(true));
        QCOMPARE(entry(u"readme"_s).evidence.first().file, u"README.md"_s);
        QCOMPARE(entry(u"secrets"_s).scanned, std::optional(false));
        QCOMPARE(entry(u"secrets"_s).evidence.first().line, 3);
        // The scan does not take away the user's tick.
        QVERIFY(entry(u"license"_s).ticked);
        QCOMPARE(entry(u"license"_s).scanned, std::optional(false));
        QCOMPARE(repo.find(id, CheckedRead())->scanPath, u"/src/x"_s);
        QCOMPARE(repo.find(id, CheckedRead())->scannedAt.date(), QDate(2026, 5, 1));
        QVERIFY(repo.checklists(CheckedRead()).value().contains(id));
    }

    void skillCoverage()
    {
        Project p = sample(u"Covered"_s);
        p.skillIds = {firstSkill()};
        insert(p);
        Project q = sample(u"Also covered"_s);
        q.skillIds = {firstSkill()};
        insert(q);
        ProjectRepository repo(m_db->connection());
        const auto coverage = repo.skillCoverage(CheckedRead()).value();
        QVERIFY(!coverage.isEmpty());
        int skills = 0;
        int demonstrated = 0;
        for (const auto &c : coverage) {
            skills += c.skills;
            demonstrated += c.demonstrated;
        }
        QCOMPARE(demonstrated, 1);
        QCOMPARE(skills, 85); // every skill of the built-in roadmap
    }

    void olderKeysStillTick()
    {
        // Demo data and imports written with the schema-1 names tick the current items.
        const qint64 id = insert(sample(u"Legacy"_s));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"INSERT INTO project_practices (project_id, practice, done) VALUES "
                       "(%1, 'ci_pipeline', 1)"_s.arg(id)));
        ProjectRepository repo(m_db->connection());
        const auto ticked = [&] {
            const auto stored3 = repo.checklist(id, CheckedRead()).value();
            for (const ChecklistEntry &e : stored3) {
                if (e.id == "ci"_L1)
                    return e.ticked;
            }
            return false;
        };
        QVERIFY(ticked());
        QVERIFY(repo.setTicked(id, u"ci"_s, false, nullptr));
        QVERIFY(!ticked());
    }

    void upgradeKeepsOldTicks()
    {
        // A version-1 workbench with the checklist's old item names.
        m_db.reset();
        QTemporaryDir v1;
        QVERIFY(
            QFile::copy(u":/migrations/0001_initial.sql"_s, v1.filePath(u"0001_initial.sql"_s)));
        const QString path = m_dir.filePath(u"old.sqlite"_s);
        {
            Database old(v1.path());
            QVERIFY2(old.open(path), qPrintable(old.error()));
            QSqlQuery q(old.connection());
            QVERIFY(q.exec(u"INSERT INTO projects (id, name) VALUES (1, 'Old')"_s));
            QVERIFY(q.exec(u"INSERT INTO project_practices (project_id, practice, done) VALUES "
                           "(1, 'install_instructions', 1), (1, 'ci_pipeline', 1), "
                           "(1, 'readme', 0)"_s));
        }
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(path), qPrintable(m_db->error()));
        ProjectRepository repo(m_db->connection());
        QStringList ticked;
        const auto stored4 = repo.checklist(1, CheckedRead()).value();
        for (const ChecklistEntry &e : stored4) {
            if (e.ticked)
                ticked << e.id;
        }
        QCOMPARE(ticked, QStringList({u"readme_install"_s, u"ci"_s}));
    }
};

QTEST_GUILESS_MAIN(TestProjectRepository)
#include "tst_projectrepository.moc"
