#pragma once

// Walks a widget tree as a screen reader does, through QAccessible, and reports every
// interactive control that has no accessible name (a screen reader would say only "button" or
// "edit"). A control counts as named when QAccessible gives it a name: its accessibleName, its
// text, or the text of a label whose buddy it is (QLabel::setBuddy, QFormLayout rows).
// Hidden controls are skipped; the cells of item views are named by their data and not walked.

#include <QAccessible>
#include <QAccessibleInterface>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class AccessibilityAudit
{
public:
    // One line per unnamed control: role, class and object names from ROOT down, and the
    // tooltip when there is one (a hint at what the control is for).
    static QStringList unnamedControls(QWidget *root)
    {
        QStringList findings;
        if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(root))
            walk(iface, &findings);
        return findings;
    }

    static bool isInteractive(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::PushButton:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::SpinBox:
        case QAccessible::Slider:
        case QAccessible::Dial:
        case QAccessible::EditableText:
        case QAccessible::ButtonMenu:
        case QAccessible::ButtonDropDown:
        case QAccessible::PageTab:
        case QAccessible::List:
        case QAccessible::Table:
        case QAccessible::Tree:
        case QAccessible::Link:
            return true;
        default:
            return false;
        }
    }

private:
    static void walk(QAccessibleInterface *root, QStringList *findings)
    {
        // Iterative: a page can be deep, and recursion depth should not depend on the UI.
        QList<QAccessibleInterface *> pending {root};
        while (!pending.isEmpty()) {
            QAccessibleInterface *iface = pending.takeLast();
            if (!iface || !iface->isValid() || iface->state().invisible)
                continue;
            const QAccessible::Role role = iface->role();
            if (isInteractive(role) && iface->text(QAccessible::Name).trimmed().isEmpty())
                findings->append(describe(iface));
            // Cells and rows of item views: named by the model's data, and possibly thousands.
            if (role == QAccessible::Table || role == QAccessible::Tree
                || role == QAccessible::List)
                continue;
            for (int i = iface->childCount() - 1; i >= 0; --i)
                pending.append(iface->child(i));
        }
    }

    static QString describe(QAccessibleInterface *iface)
    {
        QStringList chain;
        for (QObject *o = iface->object(); o; o = o->parent()) {
            const QString name = o->objectName();
            chain.prepend(name.isEmpty()
                              ? QString::fromLatin1(o->metaObject()->className())
                              : QString::fromLatin1(o->metaObject()->className()) + u'#' + name);
        }
        QString line
            = QStringLiteral("unnamed %1: %2")
                  .arg(QString::number(int(iface->role()), 16), chain.join(QStringLiteral(" > ")));
        if (auto *w = qobject_cast<QWidget *>(iface->object()); w && !w->toolTip().isEmpty())
            line += QStringLiteral(" (tooltip: %1)").arg(w->toolTip());
        return line;
    }
};
