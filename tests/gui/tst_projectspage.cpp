#include "accessibilityaudit.h"
#include "common/dialogs.h"
#include "db/projectrepository.h"
#include "domain/readinessitem.h"
#include "projects/metricseditor.h"
#include "projects/projecteditor.h"
#include "projects/projectimagesview.h"
#include "projects/projectscharts.h"
#include "projects/projectsmodel.h"
#include "projects/projectspage.h"
#include "projects/projectstore.h"
#include "projects/projectsummary.h"
#include "projects/readinesspanel.h"
#include "task/backgroundtask.h"
#include "task/taskcontrol.h"
#include "uiworkbenchfixture.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

// The Projects page as a user drives it: add a project with a metric and see its impact line,
// undo and redo every kind of edit, validation beside the fields, ticks and a repository scan
// with masked evidence, images, and drag to reorder; the list model under the model tester.
class TestProjectsPage : public QObject
{
    Q_OBJECT

    UiWorkbenchFixture m_fx;
    std::unique_ptr<ProjectsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    template<typename T>
    T *child(QObject *parent, const QString &name) const
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return w;
    }

    ProjectEditor *openEditor() const
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        for (ProjectEditor *e : m_page->findChildren<ProjectEditor *>()) {
            if (e->isVisible())
                return e;
        }
        return nullptr;
    }

    int stored(const QString &sql) const
    {
        QSqlQuery q(m_fx.db());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    static QString arrow() { return QString(QChar(0x2192)); }

    // Through the editor as a user: a title and one metric typed into the results table.
    qint64 addWithMetric(const QString &title)
    {
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"addButton"_s), Qt::LeftButton);
        ProjectEditor *editor = openEditor();
        if (!editor)
            return 0;
        QTest::keyClicks(child<QLineEdit>(editor, u"nameEdit"_s), title);
        editor->tabs()->setCurrentIndex(ProjectEditor::ResultsTab);
        QTest::mouseClick(child<QPushButton>(editor, u"addMetricButton"_s), Qt::LeftButton);
        QTableWidget *table = child<QTableWidget>(editor, u"metricsTable"_s);
        table->item(0, MetricsEditor::Name)->setText(u"F1"_s);
        table->item(0, MetricsEditor::Baseline)->setText(u"0.71"_s);
        table->item(0, MetricsEditor::Achieved)->setText(u"0.84"_s);
        // The line is there before saving.
        if (table->item(0, MetricsEditor::Impact)->text()
            != u"F1 0.71 %1 0.84 (+18.3%)"_s.arg(arrow()))
            return 0;
        if (editor->metricsEditor()->impactLines()
            != QStringList {u"F1 0.71 %1 0.84 (+18.3%)"_s.arg(arrow())})
            return 0;
        QPushButton *save = child<QPushButton>(editor, u"saveButton"_s);
        if (!save->isEnabled())
            return 0;
        QTest::mouseClick(save, Qt::LeftButton);
        return editor->isVisible() ? 0 : m_page->selectedId();
    }

private slots:
    void init()
    {
        QVERIFY(m_fx.open());
        m_page = std::make_unique<ProjectsPage>(m_fx.context());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->ensureLoaded();
    }
    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_fx.close();
    }

    void addsAProjectWithAMetricAndShowsItsImpactLine()
    {
        const qint64 id = addWithMetric(u"Fraud radar"_s);
        QVERIFY(id > 0);
        const QString line = u"F1 0.71 %1 0.84 (+18.3%)"_s.arg(arrow());
        // Selection follows the new project; its overview and the list show the line.
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(m_page->summary()->impactLines(), QStringList {line});
        QCOMPARE(child<QLabel>(m_page.get(), u"impactLabel"_s)->text(), line);
        QCOMPARE(m_page->model()->index(0, ProjectsModel::Impact).data().toString(), line);
        QCOMPARE(stored(u"SELECT count(*) FROM project_metrics WHERE project_id = %1"_s.arg(id)),
                 1);
        // `results` passes from the metric: the score says so.
        QVERIFY(child<QLabel>(m_page.get(), u"readinessScoreLabel"_s)->text().contains(u"8"_s));
        QCOMPARE(m_page->charts()->readinessLabels(), QStringList {u"Fraud radar: 8"_s});
    }

    void everyEditUndoesAndRedoes()
    {
        const qint64 id = addWithMetric(u"Fraud radar"_s);
        QVERIFY(id > 0);
        m_fx.undoStack->undo();
        QCOMPARE(stored(u"SELECT count(*) FROM projects"_s), 0);
        QCOMPARE(stored(u"SELECT count(*) FROM project_metrics"_s), 0);
        QCOMPARE(m_page->model()->rowCount(), 0);
        m_fx.undoStack->redo();
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(m_page->model()->projectAt(0)->id, id);
        QCOMPARE(m_page->model()->projectAt(0)->metrics.size(), 1);

        // An edit through the editor, and back.
        m_page->selectId(id);
        m_page->editSelected();
        ProjectEditor *editor = openEditor();
        QVERIFY(editor);
        QLineEdit *name = child<QLineEdit>(editor, u"nameEdit"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Fraud radar 2"_s);
        QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(m_page->model()->projectAt(0)->name, u"Fraud radar 2"_s);
        m_fx.undoStack->undo();
        QCOMPARE(m_page->model()->projectAt(0)->name, u"Fraud radar"_s);

        // A tick, then a delete that takes metrics, tick and image with it; undo brings all back.
        QTreeWidget *tree = m_page->readiness()->checklist();
        QTreeWidgetItem *readme = tree->topLevelItem(0);
        readme->setCheckState(0, Qt::Checked);
        QTRY_COMPARE(stored(u"SELECT done FROM project_practices WHERE practice = 'readme'"_s), 1);
        QVERIFY(child<QLabel>(m_page.get(), u"readinessScoreLabel"_s)->text().contains(u"18"_s));
        QImage png(8, 8, QImage::Format_RGB32);
        png.fill(Qt::red);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        png.save(&buffer, "PNG");
        const QString file = m_fx.dir.filePath(u"diagram.png"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
        out.close();
        QVERIFY(m_page->images()->addFile(file).isEmpty());
        QCOMPARE(m_page->images()->list()->count(), 1);
        Dialogs::queueAnswer(QMessageBox::Yes);
        m_page->deleteSelected();
        QCOMPARE(m_page->model()->rowCount(), 0);
        QCOMPARE(stored(u"SELECT count(*) FROM project_images"_s), 0);
        m_fx.undoStack->undo();
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(stored(u"SELECT count(*) FROM project_metrics"_s), 1);
        QCOMPARE(stored(u"SELECT count(*) FROM project_images"_s), 1);
        QCOMPARE(stored(u"SELECT count(*) FROM project_practices WHERE done = 1"_s), 1);
        m_page->selectId(id);
        QCOMPARE(m_page->images()->list()->count(), 1);
        QCOMPARE(tree->topLevelItem(0)->checkState(0), Qt::Checked);
    }

    void problemsShowBesideTheFields()
    {
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"addButton"_s), Qt::LeftButton);
        ProjectEditor *editor = openEditor();
        QVERIFY(editor);
        QPushButton *save = child<QPushButton>(editor, u"saveButton"_s);
        QVERIFY(!save->isEnabled()); // no title yet
        QTest::keyClicks(child<QLineEdit>(editor, u"nameEdit"_s), u"Linker"_s);
        QVERIFY(save->isEnabled());
        QTest::keyClicks(child<QLineEdit>(editor, u"repositoryEdit"_s), u"javascript:alert(1)"_s);
        QLabel *error = child<QLabel>(editor, u"repositoryUrlError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(u"https://"_s));
        QVERIFY(!save->isEnabled());
        child<QLineEdit>(editor, u"repositoryEdit"_s)->clear();
        QVERIFY(save->isEnabled());
        // A metric without a name: the cell is marked and the message shown under the table.
        editor->tabs()->setCurrentIndex(ProjectEditor::ResultsTab);
        QTest::mouseClick(child<QPushButton>(editor, u"addMetricButton"_s), Qt::LeftButton);
        QTableWidget *metrics = child<QTableWidget>(editor, u"metricsTable"_s);
        metrics->item(0, MetricsEditor::Achieved)->setText(u"12"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(!child<QLabel>(editor, u"metricsError"_s)->isHidden());
        QVERIFY(!metrics->item(0, MetricsEditor::Name)->toolTip().isEmpty());
        metrics->item(0, MetricsEditor::Name)->setText(u"Users"_s);
        QVERIFY(save->isEnabled());
        QVERIFY(metrics->item(0, MetricsEditor::Name)->toolTip().isEmpty());
        editor->reject();
        QCOMPARE(m_fx.undoStack->count(), 0);

        // Links only open for http and https: a stored file: link leaves the button disabled.
        Project p;
        p.name = u"Old"_s;
        p.repositoryUrl = u"file:///etc/passwd"_s;
        p.demoUrl = u"https://example.com/demo"_s;
        QVERIFY(ProjectRepository(m_fx.db()).insert(p, nullptr) > 0);
        m_page->reload();
        QVERIFY(!child<QPushButton>(m_page.get(), u"openRepositoryButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(m_page.get(), u"openDemoButton"_s)->isEnabled());
        QVERIFY(!ProjectSummary::openLink(u"file:///etc/passwd"_s));
    }

    void scanFillsTheChecklistWithMaskedEvidence()
    {
        QVERIFY(addWithMetric(u"Scanned"_s) > 0);
        QTemporaryDir repo;
        QDir(repo.path()).mkpath(u"tests"_s);
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(repo.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(u"README.md"_s, "# Tool\n\n## Installation\n\npip install x\n");
        write(u"tests/test_core.py"_s, "def test_x():\n    assert True\n");
        const QByteArray key = "AKIA"
                               "IOSFODNN7EXAMPLE";
        write(u"config.py"_s, "import os\nAWS_KEY = \"" + key + "\"\n");
        Dialogs::queueFileName(repo.path());
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"scanButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_page->readiness()->isScanning());
        QCOMPARE(m_fx.undoStack->count(), 2);

        QTreeWidget *tree = m_page->readiness()->checklist();
        QStringList evidence;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c)
                evidence << tree->topLevelItem(i)->child(c)->text(0);
        }
        const QString all = evidence.join(u'\n');
        QVERIFY2(all.contains(u"README.md:3"_s), qPrintable(all));
        QVERIFY2(all.contains(u"config.py:2"_s), qPrintable(all));
        QVERIFY2(!all.contains(QString::fromLatin1(key)), qPrintable(all));
        QVERIFY(stored(u"SELECT count(*) FROM project_practice_evidence"_s) > 0);
        // Undo takes the scan back.
        m_fx.undoStack->undo();
        QCOMPARE(stored(u"SELECT count(*) FROM project_practice_evidence"_s), 0);
        QCOMPARE(stored(u"SELECT count(*) FROM projects WHERE scanned_at IS NOT NULL"_s), 0);
    }

    // Cancel in the middle of a scan of a large tree: the checklist, the stored project and the
    // undo history are as they were, nothing half-scanned shows, and the page can scan again.
    void cancellingAScanLeavesTheChecklistAsItWas()
    {
        const qint64 id = addWithMetric(u"Cancelled"_s);
        QVERIFY(id > 0);
        QTemporaryDir repo;
        QVERIFY(repo.isValid());
        const QDir root(repo.path());
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(root.filePath(name));
            QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(name));
            f.write(text);
        };
        // Found early or late, a README, tests and a secret would each change the checklist.
        write(u"README.md"_s, "# Tool\n\n## Installation\n\npip install x\n");
        write(u"LICENSE"_s, "MIT\n");
        write(u"secret.py"_s, "TOKEN = \"ghp_" + QByteArray(36, 'a') + "\"\n");
        for (int d = 0; d < 40; ++d) {
            const QString dir = u"pkg%1"_s.arg(d);
            QVERIFY(root.mkpath(dir));
            for (int f = 0; f < 100; ++f)
                write(u"%1/test_m%2.py"_s.arg(dir).arg(f), "def test_x():\n    pass\n");
        }

        ReadinessPanel *panel = m_page->readiness();
        m_page->detailTabs()->setCurrentWidget(panel);
        QTreeWidget *tree = panel->checklist();
        auto shown = [tree] {
            QStringList rows;
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                const QTreeWidgetItem *item = tree->topLevelItem(i);
                rows << u"%1|%2|%3|%4"_s.arg(item->text(0), item->text(1))
                            .arg(item->checkState(0))
                            .arg(item->childCount());
            }
            return rows;
        };
        const QStringList before = shown();
        const QString scoreBefore = child<QLabel>(m_page.get(), u"readinessScoreLabel"_s)->text();
        const int undoBefore = m_fx.undoStack->count();
        QPushButton *scan = child<QPushButton>(m_page.get(), u"scanButton"_s);
        QPushButton *cancel = child<QPushButton>(m_page.get(), u"cancelScanButton"_s);
        QProgressBar *progress = child<QProgressBar>(m_page.get(), u"scanProgress"_s);
        QVERIFY(scan->isEnabled());
        QVERIFY(!cancel->isVisible());

        Dialogs::queueFileName(repo.path());
        QTest::mouseClick(scan, Qt::LeftButton);
        QVERIFY(panel->isScanning());
        // Hold the scan at its next progress report, in the worker, until Cancel is clicked.
        BackgroundTask *task = panel->findChild<BackgroundTask *>();
        QVERIFY(task);
        TaskControl *control = task->findChild<TaskControl *>();
        QVERIFY(control);
        QSemaphore reached;
        QSemaphore release;
        std::atomic_bool held {false};
        connect(
            control, &TaskControl::progress, control,
            [&](int done, int, const QString &) {
                if (done > 0 && !held.exchange(true)) {
                    reached.release();
                    release.acquire();
                }
            },
            Qt::DirectConnection);
        // A failed check below must not leave the worker waiting.
        auto unblock = qScopeGuard([&] {
            if (release.available() == 0)
                release.release();
        });
        QVERIFY2(reached.tryAcquire(1, 60000), "the scan never reported progress");
        // Mid-scan: the button is off, progress and Cancel show.
        QVERIFY(!scan->isEnabled());
        QVERIFY(progress->isVisible());
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        release.release();
        unblock.dismiss();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isScanning(), 60000);

        QCOMPARE(shown(), before);
        QCOMPARE(child<QLabel>(m_page.get(), u"readinessScoreLabel"_s)->text(), scoreBefore);
        QCOMPARE(m_fx.undoStack->count(), undoBefore);
        QCOMPARE(stored(u"SELECT count(*) FROM project_practice_evidence"_s), 0);
        QCOMPARE(stored(u"SELECT count(*) FROM projects WHERE scanned_at IS NOT NULL"_s), 0);
        QVERIFY(scan->isEnabled());
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isVisible());
        QCOMPARE(child<QLabel>(m_page.get(), u"scanInfoLabel"_s)->text(),
                 ReadinessPanel::tr("Scan cancelled; the checklist is as it was."));

        // The page is not stuck: the same folder scans to the end.
        Dialogs::queueFileName(repo.path());
        QTest::mouseClick(scan, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isScanning(), 60000);
        QCOMPARE(m_fx.undoStack->count(), undoBefore + 1);
        QVERIFY(shown() != before);
    }

    // Ticking `secrets` by hand over a finding: the tick counts for the score, but the row
    // still says what the scan found and where, and keeps the finding open beneath it.
    void aHandTickKeepsTheScanFindingsInSight()
    {
        QVERIFY(addWithMetric(u"Ticked"_s) > 0);
        QTemporaryDir repo;
        QFile f(QDir(repo.path()).filePath(u"config.py"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("import os\nAWS_KEY = \"AKIA"
                "IOSFODNN7EXAMPLE\"\n");
        f.close();
        Dialogs::queueFileName(repo.path());
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"scanButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_page->readiness()->isScanning());
        QTreeWidget *tree = m_page->readiness()->checklist();
        auto secrets = [tree]() -> QTreeWidgetItem * {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                if (tree->topLevelItem(i)->text(0) == ReadinessItem::title(u"secrets"_s))
                    return tree->topLevelItem(i);
            }
            return nullptr;
        };
        QVERIFY(secrets());
        QCOMPARE(secrets()->text(1), ReadinessPanel::tr("The scan found problems"));
        const QString missing = child<QLabel>(m_page.get(), u"missingLabel"_s)->text();
        QVERIFY(missing.contains(ReadinessItem::title(u"secrets"_s)));
        const QString scoreBefore = child<QLabel>(m_page.get(), u"readinessScoreLabel"_s)->text();

        secrets()->setCheckState(0, Qt::Checked);
        QTRY_COMPARE(secrets()->checkState(0), Qt::Checked);
        QTRY_VERIFY(secrets()->text(1).contains(u"config.py:2"_s));
        QVERIFY2(secrets()->text(1).startsWith(u"Ticked by hand, but the last scan found"_s),
                 qPrintable(secrets()->text(1)));
        QVERIFY(secrets()->isExpanded());
        QCOMPARE(secrets()->childCount(), 1);
        QVERIFY(secrets()->child(0)->text(0).startsWith(u"config.py:2"_s));
        QVERIFY(!secrets()->child(0)->text(0).contains(u"IOSFODNN7EXAMPLE"_s));
        // The tick counts: secrets is no longer missing and the score rose.
        QVERIFY(!child<QLabel>(m_page.get(), u"missingLabel"_s)
                     ->text()
                     .contains(ReadinessItem::title(u"secrets"_s)));
        QVERIFY(child<QLabel>(m_page.get(), u"readinessScoreLabel"_s)->text() != scoreBefore);

        m_fx.undoStack->undo();
        QCOMPARE(secrets()->checkState(0), Qt::Unchecked);
        QCOMPARE(secrets()->text(1), ReadinessPanel::tr("The scan found problems"));
        QCOMPARE(child<QLabel>(m_page.get(), u"readinessScoreLabel"_s)->text(), scoreBefore);
    }

    void imagesAreLimitedInSize()
    {
        QVERIFY(addWithMetric(u"Pictured"_s) > 0);
        const QString big = m_fx.dir.filePath(u"big.png"_s);
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ProjectImage::MaxBytes + 1));
        f.close();
        QVERIFY(!m_page->images()->addFile(big).isEmpty());
        const QString text = m_fx.dir.filePath(u"notes.png"_s);
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("not an image");
        t.close();
        QVERIFY(!m_page->images()->addFile(text).isEmpty());
        QCOMPARE(stored(u"SELECT count(*) FROM project_images"_s), 0);
    }

    void metricsReadTheUsersNumbers()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        MetricsEditor editor;
        editor.addMetric();
        QTableWidget *table = editor.table();
        table->item(0, MetricsEditor::Name)->setText(u"p95 Latenz"_s);
        table->item(0, MetricsEditor::Baseline)->setText(u"1.420,5"_s);
        table->item(0, MetricsEditor::Achieved)->setText(u"95"_s);
        table->item(0, MetricsEditor::Unit)->setText(u"ms"_s);
        table->item(0, MetricsEditor::HigherIsBetter)->setCheckState(Qt::Unchecked);
        const ProjectMetric m = editor.metrics().value(0);
        QCOMPARE(*m.baseline, 1420.5);
        QCOMPARE(m.higherIsBetter, false);
        const QString line = table->item(0, MetricsEditor::Impact)->text();
        QLocale::setDefault(before);
        QVERIFY2(line.startsWith(u"p95 Latenz 1.420,5 ms %1 95 ms ("_s.arg(arrow())),
                 qPrintable(line));
        QVERIFY2(line.contains(u"93,3"_s), qPrintable(line));
        // A value that is not a number says so beside the table and keeps the line empty.
        table->item(0, MetricsEditor::Achieved)->setText(u"lots"_s);
        QVERIFY(table->item(0, MetricsEditor::Impact)->text().isEmpty());
    }

    void imagesRemoveAndComeBack()
    {
        QVERIFY(addWithMetric(u"Pictured"_s) > 0);
        QImage png(4, 4, QImage::Format_RGB32);
        png.fill(Qt::blue);
        const QString file = m_fx.dir.filePath(u"shot.png"_s);
        QVERIFY(png.save(file, "PNG"));
        QVERIFY(m_page->images()->addFile(file).isEmpty());
        QListWidget *list = m_page->images()->list();
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), u"shot"_s);
        QVERIFY(!list->item(0)->icon().isNull());
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(m_page.get(), u"removeImageButton"_s), Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QCOMPARE(stored(u"SELECT count(*) FROM project_images"_s), 0);
        m_fx.undoStack->undo();
        QCOMPARE(list->count(), 1);
        QCOMPARE(stored(u"SELECT count(*) FROM project_images"_s), 1);
    }

    // A screen reader names every control of the page's tabs and of the editor's tabs.
    void everyControlHasAName()
    {
        QVERIFY(addWithMetric(u"Named"_s) > 0);
        QStringList findings;
        for (int tab = 0; tab < m_page->detailTabs()->count(); ++tab) {
            m_page->detailTabs()->setCurrentIndex(tab);
            findings << AccessibilityAudit::unnamedControls(m_page.get());
        }
        m_page->editSelected();
        ProjectEditor *editor = openEditor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        for (int tab = 0; tab < editor->tabs()->count(); ++tab) {
            editor->tabs()->setCurrentIndex(tab);
            findings << AccessibilityAudit::unnamedControls(editor);
        }
        editor->reject();
        findings.removeDuplicates();
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
    }

    void dragReordersAndUndoes()
    {
        ProjectRepository repo(m_fx.db());
        QList<qint64> ids;
        for (const QString &name : {u"A"_s, u"B"_s, u"C"_s}) {
            Project p;
            p.name = name;
            ids << repo.insert(p, nullptr);
        }
        m_page->reload();
        ProjectsModel *model = m_page->model();
        QCOMPARE(model->order(), ids);
        std::unique_ptr<QMimeData> mime(model->mimeData({model->index(2, 0)}));
        model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, QModelIndex());
        QTRY_COMPARE(model->order(), QList<qint64>({ids[2], ids[0], ids[1]}));
        m_fx.undoStack->undo();
        QCOMPARE(model->order(), ids);
    }
};

QTEST_MAIN(TestProjectsPage)
#include "tst_projectspage.moc"
