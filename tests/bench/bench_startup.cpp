// Start-up and scale, as ratios to baselines measured in the same run:
//  - first paint of the main window on a workbench vs a bare QMainWindow;
//  - opening a workbench with 100,000 interview sessions and showing its Interviews page vs
//    the raw SQL that reads the same rows;
//  - writing those 100,000 sessions in one transaction vs a raw prepared insert of one column.
#include "benchhelper.h"
#include "common/page.h"
#include "db/database.h"
#include "db/interviewsessionrepository.h"
#include "db/transaction.h"
#include "io/newworkbench.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using Bench::bestOf;
using Bench::report;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"CareerWorkbenchBench"_s);

    const QString path = dir.filePath(u"bench.sqlite"_s);
    {
        Database db;
        if (!db.open(path, NewWorkbench::builtInRoadmap()))
            return 1;
    }

    // 1. First paint.
    const qint64 bare = bestOf(5, [] {
        QMainWindow w;
        w.resize(1200, 780);
        w.show();
        QCoreApplication::processEvents();
    });
    const qint64 main = bestOf(5, [&] {
        MainWindow w;
        w.show();
        w.openWorkbench(path);
        while (!w.page(0) || !w.page(0)->isLoaded())
            QCoreApplication::processEvents();
    });
    report("main window on a workbench, to the dashboard painted", main, bare);

    // 2. Writing 100,000 interview sessions.
    constexpr int N = 100'000;
    qint64 rawInsert = 0, sessionsInsert = 0;
    {
        Database db;
        db.open(path);
        QSqlQuery q(db.connection());
        q.exec(u"CREATE TEMP TABLE baseline (x INTEGER)"_s);
        rawInsert = bestOf(1, [&] {
            Transaction tx(db.connection());
            QSqlQuery ins(db.connection());
            ins.prepare(u"INSERT INTO baseline (x) VALUES (?)"_s);
            for (int i = 0; i < N; ++i) {
                ins.addBindValue(i);
                ins.exec();
            }
            tx.commit();
        });
        sessionsInsert = bestOf(1, [&] {
            Transaction tx(db.connection());
            QSqlQuery ins(db.connection());
            ins.prepare(
                u"INSERT INTO interview_sessions (occurred_at, kind, format, company, role, "
                "duration_minutes, self_score, went_well) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
            const QDateTime start(QDate(2016, 1, 1), QTime(9, 0));
            for (int i = 0; i < N; ++i) {
                ins.addBindValue(start.addSecs(qint64(i) * 3600).toString(u"yyyy-MM-ddTHH:mm"_s));
                ins.addBindValue(i % 5 ? u"mock"_s : u"real"_s);
                ins.addBindValue(i % 3 ? u"coding"_s : u"system_design"_s);
                ins.addBindValue(u"Company %1"_s.arg(i % 97));
                ins.addBindValue(u"AI Engineer"_s);
                ins.addBindValue(45 + i % 30);
                ins.addBindValue(1 + i % 5);
                ins.addBindValue(u"Explained the trade-offs clearly."_s);
                ins.exec();
            }
            tx.commit();
        });
    }
    report("100,000 interview sessions written", sessionsInsert, rawInsert);

    // 3. Reading them: raw query vs the repository listing vs the page shown.
    Database db;
    db.open(path);
    const qint64 rawRead = bestOf(3, [&] {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.exec(u"SELECT occurred_at, kind, format, company, role, self_score, interviewer_score "
               "FROM interview_sessions ORDER BY occurred_at DESC"_s);
        int n = 0;
        while (q.next())
            n += q.value(5).toInt();
        Q_UNUSED(n);
    });
    const qint64 listing = bestOf(3, [&] {
        QString error;
        (void)InterviewSessionRepository(db.connection()).all(&error);
    });
    report("interview listing read (repository)", listing, rawRead);
    db.close();
    const qint64 page = bestOf(3, [&] {
        MainWindow w;
        w.show();
        w.openWorkbench(path);
        w.showPage(u"interviewsPage"_s);
        while (!w.page(u"interviewsPage"_s) || !w.page(u"interviewsPage"_s)->isLoaded())
            QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    });
    report("open + Interviews page with 100,000 sessions shown", page, rawRead);
    return 0;
}
