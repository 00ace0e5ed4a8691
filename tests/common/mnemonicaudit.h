#pragma once

// Finds mnemonics (the underlined letter of "&Edit") that clash within one window: two visible
// controls, or a control and a menu title, answering the same Alt+letter. Qt then cycles
// through the controls, and a menu's Alt+letter focuses a button instead of opening the menu.
// Counted: the menu bar's titles, and every visible button, check box, radio button, group
// box, tab and label with a buddy under ROOT.

#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

class MnemonicAudit
{
public:
    // One line per clashing letter: the letter and the texts that share it.
    static QStringList clashes(QWidget *root)
    {
        QHash<QKeySequence, QStringList> byKey;
        auto add = [&](const QString &text, const QString &where) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                byKey[key] << where + QStringLiteral(" \"") + text + QLatin1Char('"');
        };
        if (auto *window = qobject_cast<QMainWindow *>(root)) {
            for (QAction *a : window->menuBar()->actions()) {
                if (a->isVisible())
                    add(a->text(), QStringLiteral("menu"));
            }
        }
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisibleTo(root) || qobject_cast<QMenuBar *>(w))
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                add(button->text(), name(w));
            } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
                add(box->title(), name(w));
            } else if (auto *label = qobject_cast<QLabel *>(w)) {
                if (label->buddy() && label->buddy()->isVisibleTo(root))
                    add(label->text(), name(w));
            } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->isTabVisible(i))
                        add(tabs->tabText(i), name(w));
                }
            }
        }
        QStringList out;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (it.value().size() > 1)
                out << it.key().toString() + QStringLiteral(": ")
                        + it.value().join(QStringLiteral(", "));
        }
        out.sort();
        return out;
    }

private:
    static QString name(const QWidget *w)
    {
        return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                         : w->objectName();
    }
};
