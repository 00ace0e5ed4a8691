#include "common/dialogs.h"
#include "common/page.h"
#include "db/database.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "skills/skillsmodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The Skills tree without a mouse, in the real main window (so Ctrl+Z / Ctrl+Shift+Z go
// through the Edit menu's undo stack): arrows to a cell, F2 or Enter to edit it, Delete with
// its question, undo and redo.
class TestSkillsKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void arrowsReachTheLevelAndF2EditsIt();
    void enterEditsTheTarget();
    void f2OnAStageRenamesIt();
    void deleteAsksAndUndoRestores();

private:
    QVariant scalar(const QString &sql);
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier);
    QString cell(int column) const;
    // Down from the top of the tree until the current row is NAME.
    void goTo(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QTreeView *m_tree = nullptr;
};

void TestSkillsKeyboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_skillskeyboard"_s);
}

void TestSkillsKeyboard::init()
{
    QSettings().clear();
    Dialogs::setTestMode(true);
    Dialogs::takeMessages();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1300, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(
        m_window->openWorkbench(m_dir.filePath(u"%1.sqlite"_s.arg(QTest::currentTestFunction()))));
    // The window shows its first page once it has painted: wait for that, then go to Skills.
    QTRY_VERIFY(m_window->page(0) && m_window->page(0)->isLoaded());
    m_window->showPage(u"skillsPage"_s);
    QTRY_VERIFY(m_window->page(u"skillsPage"_s)->isLoaded());
    m_tree = m_window->findChild<QTreeView *>(u"skillsTree"_s);
    QVERIFY(m_tree);
    m_tree->setFocus();
    QTRY_VERIFY(m_tree->hasFocus());
}

void TestSkillsKeyboard::cleanup()
{
    QCOMPARE(m_window->currentPage(), m_window->pageIndex(u"skillsPage"_s));
    m_window.reset();
}

QVariant TestSkillsKeyboard::scalar(const QString &sql)
{
    QSqlQuery q(m_window->document()->database()->connection());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

void TestSkillsKeyboard::key(Qt::Key k, Qt::KeyboardModifiers mods)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_tree;
    QTest::keyClick(target, k, mods);
}

QString TestSkillsKeyboard::cell(int column) const
{
    return m_tree->currentIndex().siblingAtColumn(column).data().toString();
}

void TestSkillsKeyboard::goTo(const QString &name)
{
    key(Qt::Key_Home);
    for (int i = 0; i < 50 && cell(SkillsModel::Name) != name; ++i)
        key(Qt::Key_Down);
    QCOMPARE(cell(SkillsModel::Name), name);
}

void TestSkillsKeyboard::arrowsReachTheLevelAndF2EditsIt()
{
    goTo(u"Python"_s);
    QCOMPARE(cell(SkillsModel::Gap), u"4"_s);
    key(Qt::Key_Right);
    QCOMPARE(m_tree->currentIndex().column(), int(SkillsModel::Current));
    key(Qt::Key_F2);
    auto *editor = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY2(editor, "F2 opens the level's drop-down, not the name");
    QCOMPARE(editor->objectName(), u"skillCellEditor"_s);
    // Arrows step in place: 0 None -> 3 Working in three presses, nothing written yet.
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->currentData().toInt(), 3);
    QCOMPARE(scalar(u"SELECT current_level FROM skills WHERE name = 'Python'"_s).toInt(), 0);
    key(Qt::Key_Up); // back to 2 Beginner
    QCOMPARE(editor->currentData().toInt(), 2);
    key(Qt::Key_1); // a typed digit picks its level
    QCOMPARE(editor->currentData().toInt(), 1);
    key(Qt::Key_Return); // one edit, committed
    QTRY_COMPARE(scalar(u"SELECT current_level FROM skills WHERE name = 'Python'"_s).toInt(), 1);
    QTRY_VERIFY(m_tree->hasFocus());
    QCOMPARE(cell(SkillsModel::Gap), u"3"_s);
    QCOMPARE(m_window->undoStack()->count(), 1);

    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scalar(u"SELECT current_level FROM skills WHERE name = 'Python'"_s).toInt(), 0);
    QCOMPARE(cell(SkillsModel::Gap), u"4"_s);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(scalar(u"SELECT current_level FROM skills WHERE name = 'Python'"_s).toInt(), 1);

    // Left goes back to the name; Left again leaves the cells alone (tree navigation).
    key(Qt::Key_Left);
    QCOMPARE(m_tree->currentIndex().column(), int(SkillsModel::Name));
}

void TestSkillsKeyboard::enterEditsTheTarget()
{
    goTo(u"NumPy"_s);
    key(Qt::Key_Right);
    key(Qt::Key_Right);
    QCOMPARE(m_tree->currentIndex().column(), int(SkillsModel::Target));
    const int before = scalar(u"SELECT target_level FROM skills WHERE name = 'NumPy'"_s).toInt();
    key(Qt::Key_Return);
    auto *editor = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY2(editor, "Enter opens the target's drop-down");
    key(Qt::Key_Up);
    key(Qt::Key_Return);
    QTRY_COMPARE(scalar(u"SELECT target_level FROM skills WHERE name = 'NumPy'"_s).toInt(),
                 before - 1);
    QCOMPARE(m_window->undoStack()->count(), 1);

    // Escape leaves the level as it was.
    key(Qt::Key_Return);
    key(Qt::Key_Up);
    key(Qt::Key_Escape);
    QTRY_VERIFY(m_tree->hasFocus());
    QCOMPARE(scalar(u"SELECT target_level FROM skills WHERE name = 'NumPy'"_s).toInt(), before - 1);
    QCOMPARE(m_window->undoStack()->count(), 1);
}

void TestSkillsKeyboard::f2OnAStageRenamesIt()
{
    key(Qt::Key_Home);
    QVERIFY(!m_tree->currentIndex().parent().isValid()); // the first stage
    const QString before = m_tree->currentIndex().data(Qt::EditRole).toString();
    key(Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Basics"_s);
    key(Qt::Key_Return);
    QTRY_COMPARE(scalar(u"SELECT count(*) FROM roadmap_stages WHERE name = 'Basics'"_s).toInt(), 1);
    // Renamed in place: the keyboard is still on the stage.
    QCOMPARE(m_tree->currentIndex().data(Qt::EditRole).toString(), u"Basics"_s);
    m_tree->setFocus();
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scalar(u"SELECT count(*) FROM roadmap_stages WHERE name = 'Basics'"_s).toInt(), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM roadmap_stages WHERE name = '%1'"_s.arg(before)).toInt(),
             1);
}

void TestSkillsKeyboard::deleteAsksAndUndoRestores()
{
    const int skills = scalar(u"SELECT count(*) FROM skills"_s).toInt();
    // A skill with nothing attached goes at once; Ctrl+Z brings it back.
    goTo(u"Java"_s);
    key(Qt::Key_Delete);
    QVERIFY(Dialogs::takeMessages().isEmpty());
    QCOMPARE(scalar(u"SELECT count(*) FROM skills WHERE name = 'Java'"_s).toInt(), 0);
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scalar(u"SELECT count(*) FROM skills WHERE name = 'Java'"_s).toInt(), 1);

    // A stage asks first, saying how many skills go; No leaves it all.
    key(Qt::Key_Home);
    Dialogs::queueAnswer(QMessageBox::No);
    key(Qt::Key_Delete);
    const QStringList asked = Dialogs::takeMessages();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(u"and its 13 skill"_s) && !asked.first().contains(u"  "_s),
             qPrintable(asked.first()));
    QCOMPARE(scalar(u"SELECT count(*) FROM skills"_s).toInt(), skills);
    Dialogs::queueAnswer(QMessageBox::Yes);
    key(Qt::Key_Delete);
    QCOMPARE(scalar(u"SELECT count(*) FROM skills"_s).toInt(), skills - 13);
    m_tree->setFocus();
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scalar(u"SELECT count(*) FROM skills"_s).toInt(), skills);
}

QTEST_MAIN(TestSkillsKeyboard)
#include "tst_skillskeyboard.moc"
