#include "db/database.h"
#include "db/projectrepository.h"
#include "io/newworkbench.h"
#include "projects/projectscharts.h"
#include "projects/projectsmodel.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsTextItem>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The projects list model under QAbstractItemModelTester: featured first, readiness and the
// first impact line per row, drag to reorder asking for the new order; and the charts' data.
class TestProjectsModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    qint64 add(const QString &name, bool featured, std::optional<double> baseline = {},
               double achieved = 0)
    {
        Project p;
        p.name = name;
        p.featured = featured;
        if (achieved != 0) {
            ProjectMetric m;
            m.name = u"F1"_s;
            m.baseline = baseline;
            m.achieved = achieved;
            p.metrics << m;
        }
        return ProjectRepository(m_db->connection()).insert(p, nullptr);
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(u"m.sqlite"_s), NewWorkbench::builtInRoadmap()));
    }
    void cleanup()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(u"m.sqlite"_s));
    }

    void listsFeaturedFirstWithImpact()
    {
        const qint64 a = add(u"Plain"_s, false);
        const qint64 b = add(u"Star"_s, true, 0.71, 0.84);
        ProjectsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(m_db->connection(), nullptr));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.order(), QList<qint64>({b, a}));
        QVERIFY(model.index(0, ProjectsModel::Title).data().toString().endsWith(u"Star"_s));
        QCOMPARE(model.index(0, ProjectsModel::Impact).data().toString(),
                 u"F1 0.71 %1 0.84 (+18.3%)"_s.arg(QChar(0x2192)));
        QCOMPARE(model.index(1, ProjectsModel::Impact).data().toString(), QString());
        // One metric passes `results` (weight 8).
        QCOMPARE(model.index(0, 0).data(ProjectsModel::ScoreRole).toInt(), 8);
        QCOMPARE(model.rowOf(a), 1);
    }

    void dragAsksForTheNewOrder()
    {
        const qint64 a = add(u"A"_s, false);
        const qint64 b = add(u"B"_s, false);
        const qint64 c = add(u"C"_s, false);
        ProjectsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(m_db->connection(), nullptr));
        QSignalSpy spy(&model, &ProjectsModel::reorderRequested);
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(2, 0)}));
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
        model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {});
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<QList<qint64>>(), QList<qint64>({c, a, b}));
        // The model itself did not move anything: a command writes, the page reloads.
        QCOMPARE(model.order(), QList<qint64>({a, b, c}));
    }

    void chartsShowEveryProjectAndCategory()
    {
        ProjectsCharts charts;
        charts.setReadiness({{u"<b>Bold</b>"_s, 40}, {u"Other"_s, 90}});
        QCOMPARE(charts.readinessLabels(), QStringList({u"<b>Bold</b>: 40"_s, u"Other: 90"_s}));
        ProjectRepository repo(m_db->connection());
        charts.setCoverage(repo.skillCoverage(nullptr).value());
        QVERIFY(charts.coverageLabels().size() >= 5);
    }

    // Issue 10 at 1024x640: the two charts side by side in the detail pane cut every name to
    // "..." and showed no values. One chart at a time, as the user picks it, shows its value
    // labels and its names (a long one shortened, never to nothing but "...").
    void chartsAreReadableInTheDetailPane()
    {
        ProjectsCharts charts;
        QList<ProjectsCharts::Readiness> projects;
        for (const QString &name :
             {u"Shipment delay risk predictor"_s, u"Model serving starter kit"_s,
              u"Support ticket triage"_s, u"Conveyor sensor anomaly detection"_s,
              u"Freight documentation assistant"_s, u"Invoice field extraction"_s,
              u"Pallet damage classifier"_s, u"Shipper segmentation"_s,
              u"Dock door scheduling agent"_s, u"Drift-triggered retraining on SageMaker"_s})
            projects.append({name, 10 * int(projects.size())});
        charts.setReadiness(projects);
        charts.setCoverage(ProjectRepository(m_db->connection()).skillCoverage(nullptr).value());
        // The room the detail pane has in a 1024x640 window.
        charts.resize(440, 390);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        auto *choice = charts.findChild<QComboBox *>(u"projectChartCombo"_s);
        QVERIFY(choice);
        QStringList problems;
        for (int c = 0; c < choice->count(); ++c) {
            choice->setCurrentIndex(c);
            QChartView *view = charts.view(ProjectsCharts::Chart(choice->currentData().toInt()));
            QTRY_VERIFY(view->isVisible());
            QCoreApplication::processEvents();
            QStringList texts;
            for (QGraphicsItem *item : view->scene()->items())
                if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item))
                    if (text->isVisible())
                        texts << text->toPlainText();
            for (const QString &value : {u"0"_s, u"100"_s})
                if (!texts.contains(value))
                    problems << u"%1: no value label %2 in %3"_s.arg(choice->currentText(), value,
                                                                     texts.join(u'|'));
            for (const QString &t : std::as_const(texts))
                if (t == u"..."_s || t == QString(QChar(0x2026)))
                    problems << u"%1: a name shows as '%2'"_s.arg(choice->currentText(), t);
            if (view->chart()->plotArea().width() < view->width() * 0.4)
                problems << u"%1: the bars have %2 px of %3"_s.arg(choice->currentText())
                                .arg(view->chart()->plotArea().width())
                                .arg(view->width());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    }
};

QTEST_MAIN(TestProjectsModel)
#include "tst_projectsmodel.moc"
