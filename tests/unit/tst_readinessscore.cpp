#include "calc/readinessscore.h"
#include "domain/readinessitem.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The readiness score: the issue's item ids, weights that add up to 100, and which of a tick,
// a scan or the project's own data passes an item.
class TestReadinessScore : public QObject
{
    Q_OBJECT

    static QList<ChecklistEntry> entries(const QStringList &ticked, const QStringList &scanned,
                                         const QStringList &scannedFailed = {})
    {
        QList<ChecklistEntry> out;
        for (const QString &id : ReadinessItem::ids()) {
            ChecklistEntry e;
            e.id = id;
            e.ticked = ticked.contains(id);
            if (scanned.contains(id))
                e.scanned = true;
            else if (scannedFailed.contains(id))
                e.scanned = false;
            out << e;
        }
        return out;
    }

private slots:
    void idsAreTheIssues()
    {
        QCOMPARE(ReadinessItem::ids(),
                 QStringList({u"readme"_s, u"readme_install"_s, u"readme_usage"_s, u"tests"_s,
                              u"ci"_s, u"environment"_s, u"container"_s, u"license"_s,
                              u"coverage"_s, u"absolute_paths"_s, u"secrets"_s, u"architecture"_s,
                              u"results"_s, u"target"_s}));
        int sum = 0;
        for (const QString &id : ReadinessItem::ids()) {
            QVERIFY2(ReadinessItem::weight(id) > 0, qPrintable(id));
            QVERIFY(!ReadinessItem::title(id).isEmpty());
            sum += ReadinessItem::weight(id);
        }
        QCOMPARE(sum, 100);
    }

    void emptyProjectScoresZero()
    {
        const auto r = ReadinessScore::evaluate(Project(), {});
        QCOMPARE(r.score, 0);
        QCOMPARE(r.items.size(), 14);
        QCOMPARE(r.missing(), ReadinessItem::ids());
    }

    void everythingScoresHundred()
    {
        const auto r = ReadinessScore::evaluate(Project(), entries(ReadinessItem::ids(), {}));
        QCOMPARE(r.score, 100);
        QVERIFY(r.missing().isEmpty());
    }

    void sourcesOfAPass()
    {
        Project p;
        p.targetCompany = u"Acme Insurance"_s;
        ProjectMetric m;
        m.name = u"F1"_s;
        m.achieved = 0.8;
        p.metrics << m;
        const auto r = ReadinessScore::evaluate(
            p, entries({u"license"_s}, {u"readme"_s, u"tests"_s}, {u"secrets"_s}));
        QHash<QString, ReadinessScore::Source> sources;
        for (const auto &item : r.items)
            sources.insert(item.id, item.source);
        QCOMPARE(sources.value(u"license"_s), ReadinessScore::Source::Manual);
        QCOMPARE(sources.value(u"readme"_s), ReadinessScore::Source::Scan);
        QCOMPARE(sources.value(u"results"_s), ReadinessScore::Source::ProjectData);
        QCOMPARE(sources.value(u"target"_s), ReadinessScore::Source::ProjectData);
        QCOMPARE(sources.value(u"secrets"_s), ReadinessScore::Source::None);
        // license 5 + readme 10 + tests 10 + results 8 + target 4
        QCOMPARE(r.score, 37);
        QVERIFY(r.missing().contains(u"secrets"_s));
    }

    void tickOverridesAFailedScan()
    {
        // A finding the user judged a false positive: their tick passes the item.
        const auto r
            = ReadinessScore::evaluate(Project(), entries({u"secrets"_s}, {}, {u"secrets"_s}));
        QCOMPARE(r.score, 10);
    }

    void scoreOfPassedIds()
    {
        QCOMPARE(ReadinessScore::scoreOf({}), 0);
        QCOMPARE(ReadinessScore::scoreOf({u"readme"_s, u"secrets"_s}), 20);
        QCOMPARE(ReadinessScore::scoreOf({u"unknown"_s}), 0);
        QCOMPARE(ReadinessScore::scoreOf(ReadinessItem::ids()), 100);
    }
};

QTEST_GUILESS_MAIN(TestReadinessScore)
#include "tst_readinessscore.moc"
