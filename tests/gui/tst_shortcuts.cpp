#include "common/dialogs.h"
#include "common/page.h"
#include "common/shortcuts.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

// Stands for any edit: the stack only needs something to undo and redo.
class CountingCommand : public QUndoCommand
{
public:
    explicit CountingCommand(int *redone)
        : m_redone(redone)
    {
        setText(u"count"_s);
    }
    void redo() override { ++*m_redone; }
    void undo() override { --*m_redone; }

private:
    int *m_redone;
};

// Whether two actions can both see the same key press: a window-wide action sees every press
// in the window; a widget's action sees presses inside its widget (and, for
// WidgetWithChildrenShortcut, its children).
bool overlap(const QAction *a, const QAction *b)
{
    auto scope = [](const QAction *action) -> const QWidget * {
        if (action->shortcutContext() == Qt::WindowShortcut
            || action->shortcutContext() == Qt::ApplicationShortcut)
            return nullptr; // the whole window
        return qobject_cast<const QWidget *>(action->parent());
    };
    const QWidget *sa = scope(a);
    const QWidget *sb = scope(b);
    if (!sa || !sb)
        return true;
    return sa == sb || sa->isAncestorOf(sb) || sb->isAncestorOf(sa);
}

} // namespace

// Issue 9, broken 1 and 7: Redo by keyboard did nothing (its keys were registered twice, which
// Qt treats as ambiguous), and the README's Ctrl+, and Ctrl+Shift+S did nothing on Linux.
class TestShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noKeySequenceIsUsedTwice();
    void redoAnswersBothUsualKeys();
    void preferencesAndSaveAsHaveShortcuts();
    void fallbacksNeverRepeatThePlatformsKeys();

private:
    QTemporaryDir m_dir;
};

void TestShortcuts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
    QCoreApplication::setApplicationName(u"tst_shortcuts"_s);
    Dialogs::setTestMode(true);
}

void TestShortcuts::noKeySequenceIsUsedTwice()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_dir.filePath(u"unique.sqlite"_s)));
    // Every page builds its actions when first shown.
    for (int i = 0; w.page(i); ++i) {
        w.showPage(i);
        QTRY_VERIFY(w.page(i)->isLoaded());
    }
    const QList<QAction *> actions = w.findChildren<QAction *>();
    QVERIFY(actions.size() > 20);
    QStringList clashes;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        for (qsizetype j = i + 1; j < actions.size(); ++j) {
            for (const QKeySequence &key : actions[i]->shortcuts()) {
                if (actions[j]->shortcuts().contains(key) && overlap(actions[i], actions[j]))
                    clashes << u"%1: \"%2\" and \"%3\""_s.arg(key.toString(), actions[i]->text(),
                                                              actions[j]->text());
            }
        }
        const QList<QKeySequence> own = actions[i]->shortcuts();
        for (qsizetype k = 0; k < own.size(); ++k) {
            if (own.indexOf(own[k]) != k)
                clashes << u"%1 twice on \"%2\""_s.arg(own[k].toString(), actions[i]->text());
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

void TestShortcuts::redoAnswersBothUsualKeys()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkbench(m_dir.filePath(u"redo.sqlite"_s)));
    QTRY_VERIFY(w.page(0) && w.page(0)->isLoaded());
    int redone = 0;
    w.undoStack()->push(new CountingCommand(&redone));
    QCOMPARE(redone, 1);
    for (const QKeySequence &redoKey :
         {QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Y"_s)}) {
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(redone, 0);
        QTest::keySequence(&w, redoKey);
        QVERIFY2(redone == 1, qPrintable(redoKey.toString() + u" did not redo"_s));
    }
}

void TestShortcuts::preferencesAndSaveAsHaveShortcuts()
{
    MainWindow w;
    auto *preferences = w.findChild<QAction *>(u"preferencesAction"_s);
    auto *saveAs = w.findChild<QAction *>(u"saveAsAction"_s);
    QVERIFY(preferences && saveAs);
    QVERIFY(preferences->shortcuts().contains(QKeySequence(u"Ctrl+,"_s)));
    QVERIFY(saveAs->shortcuts().contains(QKeySequence(u"Ctrl+Shift+S"_s)));
    // The menu shows the shortcut the README promises.
    QVERIFY(!saveAs->shortcut().isEmpty());
}

// Which Redo keys a platform binds differs (the offscreen platform of this test binds Ctrl+Y
// first, GNOME and KDE bind Ctrl+Shift+Z first), so the clash of broken item 1 cannot be shown
// on every platform through the window; the rule that prevents it is checked here directly.
void TestShortcuts::fallbacksNeverRepeatThePlatformsKeys()
{
    const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Redo);
    QVERIFY(!platform.isEmpty());
    const QList<QKeySequence> keys = Shortcuts::standardWith(
        QKeySequence::Redo, {platform.constFirst(), QKeySequence(u"Ctrl+Y"_s)});
    QCOMPARE(keys.count(platform.constFirst()), 1);
    QCOMPARE(keys.count(QKeySequence(u"Ctrl+Y"_s)), 1);
    QCOMPARE(keys.mid(0, platform.size()), platform); // the platform's own order comes first
    const QList<QKeySequence> none
        = Shortcuts::standardWith(QKeySequence::UnknownKey, {QKeySequence(), QKeySequence()});
    QVERIFY(none.isEmpty());
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
