#include "calc/certificationcalendar.h"
#include "db/certificationrepository.h"
#include "db/database.h"
#include "db/settingsrepository.h"
#include "db/studysessionrepository.h"
#include "db/transaction.h"
#include "io/certificationcatalogue.h"
#include "io/newworkbench.h"
#include "io/roadmaptemplatejson.h"

#include "checkedread.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Certifications in the database: round trips, links, logged hours, the catalogue, the
// profile's money, ROI settings and the calendar offered to the dashboard.
class TestCertificationRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_file = 0;

    static Certification sample()
    {
        Certification c;
        c.name = u"Sample Engineer"_s;
        c.issuer = u"Issuer"_s;
        c.status = Certification::Status::Studying;
        c.currency = u"eur"_s;
        c.examCost = 300;
        c.materialsCost = 100;
        c.renewalCost = 50;
        c.renewalPeriodMonths = 24;
        c.plannedHours = 80;
        c.startedOn = QDate(2026, 1, 10);
        c.examOn = QDate(2026, 3, 1);
        c.upliftPercent = 7.5;
        c.notes = u"Notes"_s;
        return c;
    }

    int count(const QString &table) const
    {
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT count(*) FROM "_s + table);
        return q.next() ? q.value(0).toInt() : -1;
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
        CertificationRepository repo(m_db->connection());
        Certification c = sample();
        const qint64 skill = firstSkill();
        c.skillIds = {skill};
        const WriteResult inserted = repo.insert(c);
        QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
        const qint64 id = inserted.id();
        QVERIFY(id > 0);
        const auto back = repo.find(id, CheckedRead());
        QVERIFY(back);
        QCOMPARE(back->name, c.name);
        QCOMPARE(back->status, Certification::Status::Studying);
        QCOMPARE(back->currency, u"EUR"_s);
        QCOMPARE(back->examCost, 300.0);
        QCOMPARE(back->renewalPeriodMonths, 24);
        QCOMPARE(back->startedOn, QDate(2026, 1, 10));
        QCOMPARE(back->examOn, QDate(2026, 3, 1));
        QVERIFY(!back->earnedOn.isValid());
        QVERIFY(!back->upliftAmount);
        QCOMPARE(back->upliftPercent.value_or(-1), 7.5);
        QCOMPARE(back->skillIds, QList<qint64> {skill});
        QCOMPARE(back->position, 1);
        QCOMPARE(repo.certificationsCovering(skill, CheckedRead()).value(), QList<qint64> {id});

        Certification edited = *back;
        edited.name = u"Renamed"_s;
        edited.upliftPercent.reset();
        edited.upliftAmount = 5000;
        edited.currency.clear();
        edited.skillIds.clear();
        const WriteResult updated = repo.update(edited);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        const auto again = repo.find(id, CheckedRead());
        QCOMPARE(again->name, u"Renamed"_s);
        QCOMPARE(again->upliftAmount.value_or(-1), 5000.0);
        QVERIFY(!again->upliftPercent);
        QVERIFY(again->currency.isEmpty());
        QVERIFY(again->skillIds.isEmpty());
        QCOMPARE(count(u"certification_skills"_s), 0);
    }

    // Issue #8: every read says when it failed, so that a caller cannot take a failure for an
    // empty workbench (no certifications, no skills, USD and no salary, default assumptions).
    void failedReadsAreNotEmptyReads_data()
    {
        QTest::addColumn<bool>("closed");
        QTest::newRow("tables missing") << false;
        QTest::newRow("database closed") << true;
    }

    void failedReadsAreNotEmptyReads()
    {
        QFETCH(bool, closed);
        CertificationRepository repo(m_db->connection());
        Certification c = sample();
        c.skillIds = {firstSkill()};
        QVERIFY(repo.insert(c).ok());
        QSqlDatabase db = m_db->connection();
        if (closed) {
            db.close();
        } else {
            // Temporary tables of the same names hide the real ones from this connection.
            QSqlQuery q(db);
            for (const QString &table : {u"certifications"_s, u"certification_skills"_s,
                                         u"skills"_s, u"profile"_s, u"settings"_s}) {
                QVERIFY2(q.exec(u"CREATE TEMP TABLE %1 (unrelated INTEGER)"_s.arg(table)),
                         qPrintable(q.lastError().text()));
            }
        }
        QString e;
        QVERIFY(!repo.all(&e));
        QVERIFY(!e.isEmpty());
        e.clear();
        QVERIFY(!repo.find(1, &e));
        QVERIFY(!e.isEmpty());
        e.clear();
        QVERIFY(!repo.skillChoices(&e));
        QVERIFY(!e.isEmpty());
        e.clear();
        QVERIFY(!repo.skillIdsNamed({u"Python"_s}, &e));
        QVERIFY(!e.isEmpty());
        e.clear();
        QVERIFY(!repo.certificationsCovering(firstSkill(), &e));
        QVERIFY(!e.isEmpty());
        e.clear();
        QVERIFY(!repo.catalogueKeys(&e));
        QVERIFY(!e.isEmpty());
        e.clear();
        QVERIFY(!repo.profileMoney(&e));
        QVERIFY(!e.isEmpty());
        e.clear();
        QVERIFY(!repo.roiAssumptions(&e));
        QVERIFY(!e.isEmpty());
        e.clear();
        QVERIFY(!repo.upcomingEvents(QDate(2026, 2, 1), &e));
        QVERIFY(!e.isEmpty());
        e.clear();
        QVERIFY(!SettingsRepository(db).all(&e));
        QVERIFY(!e.isEmpty());
    }

    void datesOutOfOrderAreRefused()
    {
        CertificationRepository repo(m_db->connection());
        Certification c = sample();
        c.examOn = QDate(2025, 12, 1); // before started_on
        const WriteResult r = repo.insert(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.id(), 0);
        QVERIFY(!r.error().isEmpty());
        QCOMPARE(count(u"certifications"_s), 0);
    }

    void loggedHoursAndCascade()
    {
        CertificationRepository repo(m_db->connection());
        const qint64 a = repo.insert(sample()).id();
        Certification other = sample();
        other.name = u"Other"_s;
        const qint64 b = repo.insert(other).id();
        QVERIFY(a > 0 && b > 0);
        StudySessionRepository log(m_db->connection());
        StudySession s;
        s.certificationId = a;
        s.studiedOn = QDate(2026, 2, 1);
        s.minutes = 90;
        QString error;
        QVERIFY2(log.insert(s, &error) > 0, qPrintable(error));
        s.minutes = 45;
        s.skillId = firstSkill();
        const qint64 second = log.insert(s, &error);
        QVERIFY(second > 0);
        s.certificationId = b;
        s.minutes = 30;
        QVERIFY(log.insert(s, &error) > 0);

        const QList<Certification> all = repo.all(CheckedRead()).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).loggedHours, 2.25);
        QCOMPARE(all.at(1).loggedHours, 0.5);
        const auto sessions = log.forCertification(a, &error);
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), 2);
        QCOMPARE(sessions->at(1).skillId, firstSkill());

        QVERIFY(log.remove(second, &error));
        QCOMPARE(repo.find(a, CheckedRead())->loggedHours, 1.5);
        QVERIFY(repo.remove(a).ok());
        QCOMPARE(count(u"study_sessions"_s), 1);
        QVERIFY(!repo.find(a, CheckedRead()));
    }

    void restoresWithTheSameId()
    {
        CertificationRepository repo(m_db->connection());
        Certification c = sample();
        c.url.clear();
        c.notes = QString(); // null strings are stored as empty text, not NULL
        const qint64 id = repo.insert(c).id();
        QVERIFY(id > 0);
        QVERIFY(repo.remove(id).ok());
        c.id = id;
        QCOMPARE(repo.insert(c).id(), id);
        const auto back = repo.find(id, CheckedRead());
        QVERIFY(back);
        QCOMPARE(back->name, c.name);
    }

    void profileMoneyAndAssumptions()
    {
        CertificationRepository repo(m_db->connection());
        QCOMPARE(repo.profileMoney(CheckedRead()).value().currency, u"USD"_s);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE profile SET current_salary = 104000, currency = 'EUR'"_s));
        QCOMPARE(repo.profileMoney(CheckedRead()).value().currentSalary, 104000.0);
        QCOMPARE(repo.profileMoney(CheckedRead()).value().currency, u"EUR"_s);

        RoiAssumptions a = repo.roiAssumptions(CheckedRead()).value();
        QCOMPARE(a.horizonYears, 3);
        QCOMPARE(a.taxRate, 0.30);
        QCOMPARE(a.discountRate, 0.08);
        QVERIFY(!a.hourlyValue);
        QCOMPARE(a.effectiveHourlyValue(104000), 50.0);

        SettingsRepository settings(m_db->connection());
        QVERIFY(settings.setValue(RoiAssumptions::HorizonKey, 5, nullptr));
        QVERIFY(settings.setValue(RoiAssumptions::TaxRateKey, 0.42, nullptr));
        QVERIFY(settings.setValue(RoiAssumptions::DiscountRateKey, 5, nullptr)); // a percentage
        QVERIFY(settings.setValue(RoiAssumptions::HourlyValueKey, 35, nullptr));
        a = repo.roiAssumptions(CheckedRead()).value();
        QCOMPARE(a.horizonYears, 5);
        QCOMPARE(a.taxRate, 0.42);
        QCOMPARE(a.discountRate, 0.05);
        QCOMPARE(a.effectiveHourlyValue(104000), 35.0);
    }

    void builtInCatalogue()
    {
        const CertificationCatalogue cat = CertificationCatalogue::builtIn();
        QVERIFY(cat.writtenOn.isValid());
        QVERIFY(!cat.note.isEmpty());
        QVERIFY(cat.entries.size() >= 10);
        for (const CertificationCatalogue::Entry &e : cat.entries) {
            QVERIFY(!e.key.isEmpty());
            QVERIFY(!e.issuer.isEmpty());
            QVERIFY(e.studyHours > 0);
        }
        // Catalogue skills name roadmap skills that a new workbench holds.
        CertificationRepository repo(m_db->connection());
        const QStringList names = CertificationCatalogue::skillNames(
            cat.entries.first(), RoadmapTemplateJson::builtIn());
        QVERIFY(!names.isEmpty());
        // Names come in every language the roadmap ships in; each key finds its one skill.
        QCOMPARE(repo.skillIdsNamed(names, CheckedRead()).value().size(),
                 cat.entries.first().skillKeys.size());

        const Certification c = cat.toCertification(cat.entries.first());
        QCOMPARE(c.catalogueKey, cat.entries.first().key);
        QCOMPARE(c.examCost, cat.entries.first().examCost);
        QCOMPARE(c.plannedHours, cat.entries.first().studyHours);
        QCOMPARE(c.status, Certification::Status::Considering);
    }

    void catalogueRefusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("syntax") << QByteArray("{");
        QTest::newRow("format") << QByteArray(R"({"format": "other"})");
        QTest::newRow("negative cost") << QByteArray(
            R"({"format": "career-workbench-certification-catalogue", "version": 1,
                "certifications": [{"key": "k", "name": "n", "exam_cost": -5}]})");
        QTest::newRow("missing name") << QByteArray(
            R"({"format": "career-workbench-certification-catalogue", "version": 1,
                "certifications": [{"key": "k"}]})");
    }

    void catalogueRefusesBadFiles()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!CertificationCatalogue::parse(json, &error));
        QVERIFY(!error.isEmpty());
    }

    void calendar()
    {
        CertificationRepository repo(m_db->connection());
        const QDate today(2026, 6, 1);
        Certification exam = sample(); // exam in the window, not yet earned
        exam.startedOn = QDate(2026, 5, 1);
        exam.examOn = QDate(2026, 6, 20);
        QVERIFY(repo.insert(exam).id() > 0);
        Certification held = sample();
        held.name = u"Held"_s;
        held.status = Certification::Status::Earned;
        held.startedOn = QDate(2023, 1, 1);
        held.examOn = QDate(2024, 7, 1);
        held.earnedOn = QDate(2024, 7, 15);
        held.expiresOn = QDate(2026, 8, 15);
        held.renewalPeriodMonths = 12; // renewals 2025-07-15, 2026-07-15, 2027-07-15
        QVERIFY(repo.insert(held).id() > 0);
        Certification late = sample();
        late.name = u"Far"_s;
        late.startedOn = QDate(2026, 5, 1);
        late.examOn = QDate(2026, 12, 1); // beyond 90 days
        QVERIFY(repo.insert(late).id() > 0);

        const auto events = repo.upcomingEvents(today, CheckedRead()).value();
        QCOMPARE(events.size(), 3);
        using Kind = CertificationCalendar::Event::Kind;
        QCOMPARE(events.at(0).kind, Kind::Exam);
        QCOMPARE(events.at(0).daysAway, 19);
        QCOMPARE(events.at(1).kind, Kind::Renewal);
        QCOMPARE(events.at(1).date, QDate(2026, 7, 15));
        QCOMPARE(events.at(2).kind, Kind::Expiry);
        QCOMPARE(events.at(2).certificationName, u"Held"_s);
    }

    void earnedPastExpiryReadsExpired()
    {
        Certification c = sample();
        c.status = Certification::Status::Earned;
        c.expiresOn = QDate(2026, 1, 1);
        QCOMPARE(c.effectiveStatus(QDate(2025, 12, 31)), Certification::Status::Earned);
        QCOMPARE(c.effectiveStatus(QDate(2026, 1, 1)), Certification::Status::Earned);
        QCOMPARE(c.effectiveStatus(QDate(2026, 1, 2)), Certification::Status::Expired);
        QCOMPARE(c.status, Certification::Status::Earned);
    }
};

QTEST_GUILESS_MAIN(TestCertificationRepository)
#include "tst_certificationrepository.moc"
