// The full backup at scale: a workbench with 100,000 interview sessions exported and restored,
// against the same with 10,000 (the baseline, same run). Goals: time grows linearly (ratio about
// 10), and memory does not grow with the file: the peak resident size of the 100,000 round trip
// is about that of the 10,000 one (both stream). Also checks that the round trip is exact.

#include "benchhelper.h"
#include "db/database.h"
#include "io/backupexport.h"
#include "io/backupimport.h"
#include "io/newworkbench.h"
#include "task/taskcontrol.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Peak resident memory in KiB since the last reset (Linux; 0 elsewhere).
qint64 peakKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

void resetPeak()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

bool fill(const QString &path, int sessions)
{
    Database db;
    if (!db.open(path, NewWorkbench::builtInRoadmap()))
        return false;
    QSqlDatabase c = db.connection();
    c.transaction();
    QSqlQuery q(c);
    q.prepare(u"INSERT INTO interview_sessions (occurred_at, kind, format, company, role, "
              "duration_minutes, self_score, went_well, to_improve) "
              "VALUES (?, 'mock', 'coding', ?, 'ML Engineer', 45, ?, ?, ?)"_s);
    for (int i = 0; i < sessions; ++i) {
        q.addBindValue(
            QDateTime(QDate(2020, 1, 1).addDays(i % 2000), QTime(9, 0)).toString(Qt::ISODate));
        q.addBindValue(u"Company %1 – “quoted” <b>"_s.arg(i % 500));
        q.addBindValue(1 + i % 5);
        q.addBindValue(u"Explained the trade-offs of approach %1 clearly."_s.arg(i));
        q.addBindValue(u"Talk through edge cases first.\nTime the answer."_s);
        if (!q.exec())
            return false;
    }
    return c.commit();
}

struct Result
{
    qint64 exportNs = 0;
    qint64 importNs = 0;
    qint64 exportPeakKiB = 0;
    qint64 importPeakKiB = 0;
    qint64 bytes = 0;
    bool exact = false;
};

QByteArray withoutTime(QByteArray json)
{
    const qsizetype at = json.indexOf("\"exportedAt\"");
    return at < 0 ? json : json.remove(at, json.indexOf('\n', at) - at);
}

Result roundTrip(const QTemporaryDir &dir, int sessions)
{
    Result r;
    const QString wb = dir.filePath(u"wb%1.sqlite"_s.arg(sessions));
    const QString json = dir.filePath(u"b%1.json"_s.arg(sessions));
    const QString back = dir.filePath(u"r%1.sqlite"_s.arg(sessions));
    const QString json2 = dir.filePath(u"c%1.json"_s.arg(sessions));
    if (!fill(wb, sessions))
        return r;
    const qint64 base = peakKiB();
    {
        Database db;
        db.open(wb, {}, Database::Creation::Never);
        resetPeak();
        const qint64 before = peakKiB();
        r.exportNs = Bench::bestOf(1, [&] { (void)BackupExport::exportTo(db.connection(), json); });
        r.exportPeakKiB = peakKiB() - before;
    }
    r.bytes = QFile(json).size();
    resetPeak();
    const qint64 before = peakKiB();
    TaskControl control;
    r.importNs = Bench::bestOf(1, [&] {
        const WriteResult w = BackupImport::importInto(json, back, &control);
        if (!w)
            std::printf("import failed: %s\n", qPrintable(w.error()));
    });
    r.importPeakKiB = peakKiB() - before;
    Q_UNUSED(base);
    {
        Database db;
        db.open(back, {}, Database::Creation::Never);
        (void)BackupExport::exportTo(db.connection(), json2);
    }
    QFile a(json), b(json2);
    r.exact = a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly)
        && withoutTime(a.readAll()) == withoutTime(b.readAll());
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const Result small = roundTrip(dir, 10000);
    const Result large = roundTrip(dir, 100000);
    Bench::report("backup export, 100,000 sessions (baseline 10,000)", large.exportNs,
                  small.exportNs);
    Bench::report("backup import, 100,000 sessions (baseline 10,000)", large.importNs,
                  small.importNs);
    std::printf("backup size: %lld bytes (10,000: %lld)\n", large.bytes, small.bytes);
    std::printf("peak memory growth, export: %lld KiB (10,000: %lld KiB)\n", large.exportPeakKiB,
                small.exportPeakKiB);
    std::printf("peak memory growth, import: %lld KiB (10,000: %lld KiB)\n", large.importPeakKiB,
                small.importPeakKiB);
    std::printf("round trip exact: 10,000 %s, 100,000 %s\n", small.exact ? "yes" : "NO",
                large.exact ? "yes" : "NO");
    return small.exact && large.exact ? 0 : 1;
}
