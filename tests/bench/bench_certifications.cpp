// The Certifications page at scale, 500 certifications and 50,000 study sessions, as ratios to
// baselines measured in the same run (never asserted on time):
//  - the repository's listing vs the raw SELECTs that read the same rows and sums;
//  - the page shown (model, ROI for every row, table, charts, calendar) vs the same raw read;
//  - one edit (an undo command) vs the raw read;
//  - and, where SQLite's trace hook can be reached (Linux), the number of SQL statements each
//    step runs: it must not grow with the number of rows.
#include "benchhelper.h"
#include "certifications/certificationsmodel.h"
#include "certifications/certificationspage.h"
#include "certifications/editcertificationcommand.h"
#include "common/changenotifier.h"
#include "common/dialogs.h"
#include "db/certificationrepository.h"
#include "db/database.h"
#include "db/transaction.h"
#include "io/newworkbench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>
#include <limits>

#ifdef Q_OS_LINUX
#include <dlfcn.h>
#endif

using namespace Qt::StringLiterals;
using Bench::bestOf;
using Bench::report;

namespace {
// Counts the SQL statements SQLite starts on one connection, through sqlite3_trace_v2 found at
// run time in the SQLite library the Qt driver loaded (no link-time dependency).
class StatementCounter
{
public:
    explicit StatementCounter(const QSqlDatabase &db)
    {
#ifdef Q_OS_LINUX
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return;
        void *lib = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
        if (!lib)
            return;
        m_trace = reinterpret_cast<TraceFn>(dlsym(lib, "sqlite3_trace_v2"));
        m_db = *static_cast<void *const *>(handle.constData());
        if (m_trace && m_db)
            m_trace(m_db, 0x01 /* SQLITE_TRACE_STMT */, &StatementCounter::onStatement, this);
#else
        Q_UNUSED(db);
#endif
    }
    ~StatementCounter()
    {
        if (m_trace && m_db)
            m_trace(m_db, 0, nullptr, nullptr);
    }
    bool available() const
    {
        return m_trace && m_db;
    }
    // Statements since the last call, or -1 when they cannot be counted.
    int take()
    {
        const int n = m_count;
        m_count = 0;
        return available() ? n : -1;
    }

private:
    using Callback = int (*)(unsigned, void *, void *, void *);
    using TraceFn = int (*)(void *, unsigned, Callback, void *);

    static int onStatement(unsigned, void *context, void *, void *)
    {
        ++static_cast<StatementCounter *>(context)->m_count;
        return 0;
    }

    TraceFn m_trace = nullptr;
    void *m_db = nullptr;
    int m_count = 0;
};

constexpr int Certifications = 500;
constexpr int Sessions = 50'000;

bool fill(Database &db)
{
    Transaction tx(db.connection());
    CertificationRepository repo(db.connection());
    const QList<CertificationRepository::SkillChoice> skills = repo.skillChoices(nullptr).value();
    const QDate today = QDate::currentDate();
    QList<qint64> ids;
    for (int i = 0; i < Certifications; ++i) {
        Certification c;
        c.name = u"Certification %1"_s.arg(i + 1, 3, 10, QChar(u'0'));
        c.issuer = u"Issuer %1"_s.arg(i % 17);
        c.status = Certification::allStatuses().at(i % 6);
        c.currency = i % 10 == 0 ? u"EUR"_s : QString();
        c.examCost = 100 + (i * 37) % 900;
        c.materialsCost = (i * 13) % 200;
        c.renewalCost = i % 3 ? 75 : 0;
        c.renewalPeriodMonths = i % 3 ? 24 : 0;
        c.plannedHours = 20 + i % 100;
        c.examOn = today.addDays(i % 200 - 50);
        if (c.status == Certification::Status::Earned) {
            c.earnedOn = today.addDays(-(i % 700));
            c.expiresOn = c.earnedOn.addYears(3);
            c.examOn = c.earnedOn;
        }
        if (i % 4 == 0)
            c.upliftPercent = 2 + i % 10;
        else if (i % 4 != 3)
            c.upliftAmount = 500 + (i * 71) % 15000;
        for (int k = 0; k < 3 && !skills.isEmpty(); ++k)
            c.skillIds.append(skills.at((i * 7 + k * 11) % skills.size()).id);
        std::sort(c.skillIds.begin(), c.skillIds.end());
        c.skillIds.erase(std::unique(c.skillIds.begin(), c.skillIds.end()), c.skillIds.end());
        const qint64 id = repo.insert(c).id();
        if (id <= 0)
            return false;
        ids.append(id);
    }
    QSqlQuery ins(db.connection());
    ins.prepare(u"INSERT INTO study_sessions (skill_id, certification_id, studied_on, minutes, "
                "note) VALUES (?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < Sessions; ++i) {
        ins.addBindValue(i % 3 == 0 && !skills.isEmpty()
                             ? QVariant(skills.at(i % skills.size()).id)
                             : QVariant(QMetaType::fromType<qlonglong>()));
        ins.addBindValue(ids.at(i % ids.size()));
        ins.addBindValue(today.addDays(-(i % 900)).toString(Qt::ISODate));
        ins.addBindValue(15 + i % 120);
        ins.addBindValue(u"Practice questions"_s);
        if (!ins.exec())
            return false;
    }
    return tx.commit();
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Dialogs::setTestMode(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    Database db;
    if (!db.open(path, NewWorkbench::builtInRoadmap()))
        return 1;
    QSqlQuery(db.connection()).exec(u"UPDATE profile SET current_salary = 83200"_s);
    if (!fill(db)) {
        std::printf("could not write the test data\n");
        return 1;
    }
    std::printf("%d certifications, %d study sessions\n", Certifications, Sessions);
    StatementCounter counter(db.connection());
    if (!counter.available())
        std::printf("(SQL statements cannot be counted on this platform)\n");

    // Baseline: the same rows and sums read with raw SELECTs, nothing else.
    const qint64 raw = bestOf(5, [&] {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.exec(u"SELECT * FROM certifications ORDER BY position"_s);
        double sum = 0;
        while (q.next())
            sum += q.value(7).toDouble();
        q.exec(u"SELECT certification_id, SUM(minutes) FROM study_sessions "
               "WHERE certification_id IS NOT NULL GROUP BY certification_id"_s);
        while (q.next())
            sum += q.value(1).toDouble();
        q.exec(u"SELECT certification_id, skill_id FROM certification_skills"_s);
        while (q.next())
            sum += q.value(1).toDouble();
        Q_UNUSED(sum);
    });
    counter.take();
    report("raw SELECTs of the same rows (baseline)", raw, raw, -1);

    CertificationRepository repo(db.connection());
    const qint64 listing = bestOf(5, [&] { (void)repo.all(nullptr); });
    counter.take();
    (void)repo.all(nullptr);
    report("repository: all certifications", listing, raw, counter.take());

    QUndoStack stack;
    ChangeNotifier notifier;
    const WorkbenchContext context {&db, &stack, &notifier};
    int pageStatements = -1;
    const qint64 page = bestOf(3, [&] {
        counter.take();
        CertificationsPage p(context);
        p.resize(1200, 800);
        p.show();
        p.ensureLoaded();
        QCoreApplication::processEvents();
        pageStatements = counter.take();
    });
    report("page shown: table, ROI, charts, calendar", page, raw, pageStatements);

    CertificationsPage p(context);
    p.resize(1200, 800);
    p.show();
    p.ensureLoaded();
    QCoreApplication::processEvents();
    const qint64 reload = bestOf(3, [&] {
        p.reload();
        QCoreApplication::processEvents();
    });
    counter.take();
    p.reload();
    report("page reloaded", reload, raw, counter.take());

    CertificationsModel *model = p.model();
    int editStatements = -1;
    const qint64 edit = bestOf(3, [&] {
        const Certification before = model->certification(0);
        Certification after = before;
        after.upliftAmount = before.upliftAmount.value_or(0) + 100;
        after.upliftPercent.reset();
        counter.take();
        stack.push(new EditCertificationCommand(p.store(), before, after));
        QCoreApplication::processEvents();
        editStatements = counter.take();
    });
    report("one edit through the undo stack", edit, raw, editStatements);
    return 0;
}
