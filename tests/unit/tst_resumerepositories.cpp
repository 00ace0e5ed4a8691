// The repositories the resume, the reports and the JSON Resume import stand on: the profile
// with its links, the work history and education.

#include "db/educationrepository.h"
#include "db/overviewrepository.h"
#include "db/profilerepository.h"
#include "db/settingsrepository.h"
#include "db/transaction.h"
#include "db/workhistoryrepository.h"
#include "workbenchfixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestResumeRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_f.open()); }
    void cleanup() { m_f.close(); }

    // An importer builds a Profile field by field: whatever it leaves out must still save.
    void defaultProfileSaves()
    {
        ProfileRepository repo(m_f.db());
        Profile p;
        p.name = QString(); // null, as a default-constructed QString is
        QString error;
        QVERIFY2(repo.save(p, &error), qPrintable(error));
        const Profile back = repo.load(&error).value();
        QVERIFY(error.isEmpty());
        QCOMPARE(back.name, QString());
        QCOMPARE(back.currency, u"USD"_s);
    }

    void profileRoundTrips()
    {
        ProfileRepository repo(m_f.db());
        Profile p;
        p.name = u"Ada <Lovelace>"_s;
        p.email = u"ada@example.com"_s;
        p.currentSalary = 91000;
        p.currency = u"eur"_s;
        p.targetRole = u"ML Engineer"_s;
        QString error;
        QVERIFY2(repo.save(p, &error), qPrintable(error));
        const Profile back = repo.load(&error).value();
        QCOMPARE(back.name, p.name);
        QCOMPARE(back.email, p.email);
        QCOMPARE(back.currentSalary, 91000.0);
        QCOMPARE(back.currency, u"EUR"_s); // stored upper-case
        QCOMPARE(back.targetRole, p.targetRole);
    }

    // Issue #8: a profile that cannot be read is not a blank profile (a caller that saved the
    // blank one would wipe the user's).
    void unreadableProfileIsNotBlank()
    {
        ProfileRepository repo(m_f.db());
        Profile p;
        p.name = u"Ada"_s;
        QString error;
        QVERIFY2(repo.save(p, &error), qPrintable(error));
        QSqlQuery q(m_f.db());
        QVERIFY(q.exec(u"CREATE TEMP TABLE profile (unrelated INTEGER)"_s));
        QVERIFY(!repo.load(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(q.exec(u"DROP TABLE temp.profile"_s));
        QCOMPARE(repo.load(&error).value().name, u"Ada"_s);
        m_f.db().close();
        error.clear();
        QVERIFY(!repo.load(&error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!repo.links(&error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!OverviewRepository(m_f.db()).counts(&error));
        QVERIFY(!error.isEmpty());
    }

    // Issue #8: a setting or a profile name that cannot be read is not the default (the budget
    // shown and saved back as 6 hours, a blank greeting): the reads say they failed.
    void unreadableSettingsAreNotTheDefaults()
    {
        SettingsRepository settings(m_f.db());
        QString error;
        QVERIFY2(settings.setValue(u"skills/weeklyBudgetHours"_s, 12, &error), qPrintable(error));
        QCOMPARE(settings.doubleValue(u"skills/weeklyBudgetHours"_s, 6, &error), 12.0);
        QCOMPARE(settings.doubleValue(u"unset"_s, 6, &error), 6.0);
        QCOMPARE(settings.value(u"unset"_s, &error, u"x"_s), QVariant(u"x"_s));
        ProfileRepository profiles(m_f.db());
        Profile p;
        p.name = u"Ada"_s;
        QVERIFY2(profiles.save(p, &error), qPrintable(error));
        QCOMPARE(OverviewRepository(m_f.db()).profileName(&error), u"Ada"_s);
        QVERIFY(error.isEmpty());

        QSqlQuery q(m_f.db());
        QVERIFY(q.exec(u"CREATE TEMP TABLE settings (unrelated INTEGER)"_s));
        QVERIFY(q.exec(u"CREATE TEMP TABLE profile (unrelated INTEGER)"_s));
        QVERIFY(!settings.value(u"skills/weeklyBudgetHours"_s, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!settings.doubleValue(u"skills/weeklyBudgetHours"_s, 6, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!OverviewRepository(m_f.db()).profileName(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(q.exec(u"DROP TABLE temp.settings"_s));
        QVERIFY(q.exec(u"DROP TABLE temp.profile"_s));

        m_f.db().close();
        error.clear();
        QVERIFY(!settings.doubleValue(u"skills/weeklyBudgetHours"_s, 6, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!OverviewRepository(m_f.db()).profileName(&error));
        QVERIFY(!error.isEmpty());
    }

    void linksAreReplacedInOrder()
    {
        ProfileRepository repo(m_f.db());
        QVERIFY(repo.setLinks({{0, u"GitHub"_s, u"ada"_s, u"https://github.com/ada"_s, 9},
                               {0, u"Blog"_s, QString(), u"https://ada.dev"_s, 0}})
                    .ok());
        auto links = repo.links(nullptr);
        QVERIFY(links);
        QCOMPARE(links->size(), 2);
        QCOMPARE(links->at(0).network, u"GitHub"_s);
        QCOMPARE(links->at(0).position, 0);
        QCOMPARE(links->at(1).username, QString());
        QVERIFY(repo.setLinks({{0, u"LinkedIn"_s, u"ada"_s, QString(), 0}}).ok());
        QCOMPARE(repo.links(nullptr)->size(), 1);
        // A link without a network breaks a CHECK: refused, with the reason.
        const WriteResult bad = repo.setLinks({{0, QString(), u"x"_s, QString(), 0}});
        QVERIFY(!bad.ok());
        QVERIFY(!bad.error().isEmpty());
    }

    void workHistoryRoundTripsAndUpdates()
    {
        WorkHistoryRepository repo(m_f.db());
        WorkEntry e;
        e.employer = u"Acme AI"_s;
        e.position = u"Data Scientist"_s;
        e.startedOn = QDate(2021, 3, 1);
        e.highlights = {u"Cut inference cost by 40 %"_s, u"Shipped the ranking model"_s};
        const WriteResult added = repo.insert(e);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(added.id() > 0);
        e.id = added.id();
        QCOMPARE(repo.find(e.id, nullptr).value(), e);
        e.endedOn = QDate(2024, 6, 30);
        e.summary = u"Recommendations"_s;
        QVERIFY(repo.update(e).ok());
        QCOMPARE(repo.all(nullptr)->value(0), e);
        QVERIFY(repo.remove(e.id).ok());
        QVERIFY(repo.all(nullptr)->isEmpty());
        QVERIFY(!repo.update(e).ok()); // gone: says so instead of pretending
    }

    void workHistoryRefusesWhatTheSchemaRefuses()
    {
        WorkHistoryRepository repo(m_f.db());
        WorkEntry noEmployer;
        QVERIFY(!repo.insert(noEmployer).ok());
        WorkEntry backwards;
        backwards.employer = u"Acme"_s;
        backwards.startedOn = QDate(2024, 1, 1);
        backwards.endedOn = QDate(2023, 1, 1);
        QVERIFY(!repo.insert(backwards).ok());
        QVERIFY(repo.all(nullptr)->isEmpty());
    }

    void educationBatchInsertsInOrder()
    {
        EducationRepository repo(m_f.db());
        QList<EducationEntry> entries;
        for (int i = 0; i < 3; ++i) {
            EducationEntry e;
            e.institution = u"University %1"_s.arg(i);
            e.studyType = u"MSc"_s;
            e.courses = {u"Statistics"_s, u"Optimisation"_s};
            e.sortOrder = i;
            entries << e;
        }
        Transaction tx(m_f.db());
        QList<qint64> ids;
        QVERIFY(repo.insertBatch(entries, &ids).ok());
        QVERIFY(tx.commit());
        QCOMPARE(ids.size(), 3);
        const auto all = repo.all(nullptr);
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        for (int i = 0; i < 3; ++i) {
            EducationEntry expected = entries[i];
            expected.id = ids[i];
            QCOMPARE(all->at(i), expected);
        }
    }

    // A batch that fails part-way leaves nothing once its transaction rolls back.
    void failedBatchLeavesNothing()
    {
        EducationRepository repo(m_f.db());
        const QByteArray before = m_f.rowHash();
        EducationEntry good;
        good.institution = u"Good"_s;
        EducationEntry bad; // no institution
        {
            Transaction tx(m_f.db());
            QVERIFY(!repo.insertBatch({good, bad}).ok());
        } // rolled back
        QCOMPARE(m_f.rowHash(), before);
    }

private:
    WorkbenchFixture m_f;
};

QTEST_GUILESS_MAIN(TestResumeRepositories)
#include "tst_resumerepositories.moc"
