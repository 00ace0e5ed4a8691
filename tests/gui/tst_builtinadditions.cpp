#include "skillsfixture.h"

#include "io/roadmaptemplatejson.h"
#include "skills/builtinadditionsdialog.h"
#include "skills/roadmapstore.h"
#include "skills/skillspage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// Roadmap > Add What the Built-in Roadmap Has: a workbench made from the first built-in
// roadmap (77 skills) is offered exactly what it lacks, gets it as one undoable edit, and is
// offered nothing the second time.
class TestBuiltInAdditions : public QObject
{
    Q_OBJECT

private:
    static RoadmapTemplate firstRoadmap()
    {
        QString error;
        auto t = RoadmapTemplateJson::load(
            QStringLiteral(CW_TEST_DATA_DIR "/templates/builtin-77-skills.json"), &error);
        if (!t)
            qFatal("%s", qPrintable(error));
        return *t;
    }

    // Triggers the action and, once the dialog is up, hands it to INSPECT (which closes it).
    template<typename Inspect>
    static bool runDialog(SkillsPage &page, Inspect inspect)
    {
        bool seen = false;
        QTimer::singleShot(0, &page, [&] {
            auto *dialog
                = qobject_cast<BuiltInAdditionsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            inspect(dialog);
        });
        page.findChild<QAction *>(u"addBuiltInAction"_s)->trigger();
        return seen;
    }

private slots:
    void addsExactlyWhatIsMissingAsOneUndoableEdit()
    {
        SkillsFixture f;
        QVERIFY(f.open(u"old.sqlite"_s, NewWorkbench::seededWith(firstRoadmap())));
        // Nothing changes by itself: opening the page leaves the old roadmap as it was.
        SkillsPage page(f.context());
        page.resize(1300, 900);
        page.show();
        page.ensureLoaded();
        QCOMPARE(f.scalar(u"SELECT count(*) FROM skills"_s).toInt(), 77);
        const QStringList before = f.dump();

        QStringList offered;
        QVERIFY(runDialog(page, [&](BuiltInAdditionsDialog *dialog) {
            auto *tree = dialog->findChild<QTreeWidget *>(u"additionsTree"_s);
            QVERIFY(tree);
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
                    QCOMPARE(tree->topLevelItem(i)->child(j)->checkState(0), Qt::Checked);
                    offered << tree->topLevelItem(i)->child(j)->text(0);
                }
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"addTickedButton"_s),
                              Qt::LeftButton);
        }));
        QCOMPARE(offered.size(), 8);
        QVERIFY2(offered.contains(u"TFX pipelines"_s), qPrintable(offered.join(u", "_s)));
        QCOMPARE(f.scalar(u"SELECT count(*) FROM skills"_s).toInt(), 85);
        for (const QString &name : std::as_const(offered))
            QVERIFY2(f.skillId(name) > 0, qPrintable(name));
        QCOMPARE(page.store()->roadmap().skills.size(), 85);
        QCOMPARE(f.undoStack.count(), 1);
        const QStringList after = f.dump();

        f.undoStack.undo();
        QCOMPARE(f.dump(), before);
        QCOMPARE(page.store()->roadmap().skills.size(), 77);
        f.undoStack.redo();
        QCOMPARE(f.dump(), after); // the same ids, so later edits still find their skills

        // A second run offers nothing and adds nothing.
        QVERIFY(runDialog(page, [&](BuiltInAdditionsDialog *dialog) {
            QVERIFY(!dialog->findChild<QTreeWidget *>(u"additionsTree"_s));
            QVERIFY(dialog->findChild<QLabel *>(u"additionsIntro"_s)
                        ->text()
                        .contains(u"nothing to add"_s));
            dialog->reject();
        }));
        QCOMPARE(f.dump(), after);
        QCOMPARE(f.undoStack.count(), 1);
    }

    void untickedSkillsStayOut()
    {
        SkillsFixture f;
        QVERIFY(f.open(u"old.sqlite"_s, NewWorkbench::seededWith(firstRoadmap())));
        SkillsPage page(f.context());
        page.show();
        page.ensureLoaded();
        QVERIFY(runDialog(page, [&](BuiltInAdditionsDialog *dialog) {
            auto *tree = dialog->findChild<QTreeWidget *>(u"additionsTree"_s);
            // Unticking a stage unticks its skills; keep only the first stage's first skill.
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                tree->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
            auto *button = dialog->findChild<QPushButton *>(u"addTickedButton"_s);
            QVERIFY(!button->isEnabled());
            tree->topLevelItem(0)->child(0)->setCheckState(0, Qt::Checked);
            QVERIFY(button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
        }));
        QCOMPARE(f.scalar(u"SELECT count(*) FROM skills"_s).toInt(), 78);
    }
};

QTEST_MAIN(TestBuiltInAdditions)
#include "tst_builtinadditions.moc"
