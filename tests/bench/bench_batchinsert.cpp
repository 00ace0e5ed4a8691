// Batch inserts through the repositories against a raw prepared INSERT of the same rows and
// columns, in one transaction each, in the same run. Goal: at most 1.5x the raw insert.

#include "benchhelper.h"
#include "db/certificationrepository.h"
#include "db/database.h"
#include "db/transaction.h"
#include "db/workhistoryrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Bench::bestOf;
using Bench::report;

static constexpr int Rows = 20000;

static QList<Certification> certifications()
{
    QList<Certification> rows;
    rows.reserve(Rows);
    for (int i = 0; i < Rows; ++i) {
        Certification c;
        c.name = u"Certification %1"_s.arg(i);
        c.issuer = u"Issuer %1"_s.arg(i % 50);
        c.examCost = 100 + i % 400;
        c.plannedHours = 20 + i % 100;
        c.upliftAmount = 1000 + i % 9000;
        c.examOn = QDate(2026, 1, 1).addDays(i % 365);
        c.position = i + 1;
        rows << c;
    }
    return rows;
}

static bool clear(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(u"DELETE FROM "_s + table);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(u"batch.sqlite"_s))) {
        std::printf("cannot open: %s\n", qPrintable(db.error()));
        return 1;
    }
    QSqlDatabase conn = db.connection();
    const QList<Certification> rows = certifications();

    const qint64 raw = bestOf(3, [&] {
        clear(conn, u"certifications"_s);
        Transaction tx(conn);
        QSqlQuery q(conn);
        q.prepare(u"INSERT INTO certifications (id, name, issuer, url, credential_id, status, "
                  "currency, exam_cost, materials_cost, other_cost, renewal_cost, "
                  "renewal_period_months, planned_hours, started_on, exam_on, earned_on, "
                  "expires_on, uplift_amount, uplift_percent, notes, catalogue_key, position) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        const QVariant nullText(QMetaType::fromType<QString>());
        const QVariant nullReal(QMetaType::fromType<double>());
        for (const Certification &c : rows) {
            q.addBindValue(QVariant(QMetaType::fromType<qlonglong>()));
            q.addBindValue(c.name);
            q.addBindValue(c.issuer);
            q.addBindValue(u""_s);
            q.addBindValue(u""_s);
            q.addBindValue(u"considering"_s);
            q.addBindValue(nullText);
            q.addBindValue(c.examCost);
            q.addBindValue(c.materialsCost);
            q.addBindValue(c.otherCost);
            q.addBindValue(c.renewalCost);
            q.addBindValue(c.renewalPeriodMonths);
            q.addBindValue(c.plannedHours);
            q.addBindValue(nullText);
            q.addBindValue(c.examOn.toString(Qt::ISODate));
            q.addBindValue(nullText);
            q.addBindValue(nullText);
            q.addBindValue(*c.upliftAmount);
            q.addBindValue(nullReal);
            q.addBindValue(u""_s);
            q.addBindValue(nullText);
            q.addBindValue(c.position);
            q.exec();
        }
        tx.commit();
    });
    const qint64 batch = bestOf(3, [&] {
        clear(conn, u"certifications"_s);
        Transaction tx(conn);
        if (!CertificationRepository(conn).insertBatch(rows).ok())
            std::printf("batch insert failed\n");
        tx.commit();
    });
    report("20000 certifications: CertificationRepository::insertBatch", batch, raw);

    QList<WorkEntry> jobs;
    for (int i = 0; i < Rows; ++i) {
        WorkEntry e;
        e.employer = u"Employer %1"_s.arg(i);
        e.position = u"Engineer"_s;
        e.startedOn = QDate(2015, 1, 1).addDays(i % 3000);
        e.highlights = {u"Shipped %1"_s.arg(i)};
        e.sortOrder = i;
        jobs << e;
    }
    const qint64 rawJobs = bestOf(3, [&] {
        clear(conn, u"work_history"_s);
        Transaction tx(conn);
        QSqlQuery q(conn);
        q.prepare(u"INSERT INTO work_history (id, employer, position, location, url, started_on, "
                  "ended_on, summary, highlights, sort_order) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const WorkEntry &e : std::as_const(jobs)) {
            q.addBindValue(QVariant(QMetaType::fromType<qlonglong>()));
            q.addBindValue(e.employer);
            q.addBindValue(e.position);
            q.addBindValue(u""_s);
            q.addBindValue(u""_s);
            q.addBindValue(e.startedOn.toString(Qt::ISODate));
            q.addBindValue(QVariant(QMetaType::fromType<QString>()));
            q.addBindValue(u""_s);
            q.addBindValue(e.highlights.join(u'\n'));
            q.addBindValue(e.sortOrder);
            q.exec();
        }
        tx.commit();
    });
    const qint64 batchJobs = bestOf(3, [&] {
        clear(conn, u"work_history"_s);
        Transaction tx(conn);
        if (!WorkHistoryRepository(conn).insertBatch(jobs).ok())
            std::printf("batch insert failed\n");
        tx.commit();
    });
    report("20000 jobs: WorkHistoryRepository::insertBatch", batchJobs, rawJobs);
    return 0;
}
