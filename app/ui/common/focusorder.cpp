#include "focusorder.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QBoxLayout>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextEdit>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace {

bool hasFocusableDescendant(const QWidget *w)
{
    const QList<QWidget *> all = w->findChildren<QWidget *>();
    return std::any_of(all.cbegin(), all.cend(), [w](const QWidget *c) {
        return c->window() == w->window() && c->focusPolicy() != Qt::NoFocus;
    });
}

// Whether W is one stop, its children being its parts (a spin box's edit, a list's editors,
// a combo box's popup); a focusable container (a checkable group box) is not.
bool isSingleControl(const QWidget *w)
{
    if (w->focusPolicy() == Qt::NoFocus || qobject_cast<const QTabWidget *>(w)
        || qobject_cast<const QScrollArea *>(w))
        return false;
    return w->focusProxy() || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractScrollArea *>(w)
        || !hasFocusableDescendant(w);
}

// The widgets of LAYOUT (and of the layouts inside it) in the order they are laid out: by row,
// then column, in a grid or a form; first to last, as they are shown, in a box.
void collectLayout(QLayout *layout, QList<QWidget *> &out)
{
    QList<std::pair<std::pair<int, int>, QLayoutItem *>> items;
    auto *grid = qobject_cast<QGridLayout *>(layout);
    auto *form = qobject_cast<QFormLayout *>(layout);
    auto *box = qobject_cast<QBoxLayout *>(layout);
    const bool reversed = box
        && (box->direction() == QBoxLayout::RightToLeft
            || box->direction() == QBoxLayout::BottomToTop);
    for (int i = 0; i < layout->count(); ++i) {
        std::pair<int, int> key(reversed ? -i : i, 0);
        if (grid) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            key = {row, column};
        } else if (form) {
            int row = 0;
            QFormLayout::ItemRole role = QFormLayout::LabelRole;
            form->getItemPosition(i, &row, &role);
            key = {row, int(role)};
        }
        items.append({key, layout->itemAt(i)});
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[key, item] : std::as_const(items)) {
        if (QWidget *w = item->widget())
            out << w;
        else if (QLayout *inner = item->layout())
            collectLayout(inner, out);
    }
}

// W's child widgets as they are read: a splitter's in its order, laid-out ones in their
// layout's order; any others after them, in the order Tab visits them now.
QList<QWidget *> childrenInReadingOrder(QWidget *w)
{
    QList<QWidget *> ordered;
    if (auto *splitter = qobject_cast<QSplitter *>(w)) {
        for (int i = 0; i < splitter->count(); ++i)
            ordered << splitter->widget(i);
    } else if (w->layout()) {
        collectLayout(w->layout(), ordered);
    }
    ordered.removeIf([w](const QWidget *c) { return c->parentWidget() != w; });
    for (QWidget *n = w->nextInFocusChain(); n && n != w; n = n->nextInFocusChain()) {
        if (!w->isAncestorOf(n) || n->window() != w->window())
            continue;
        QWidget *child = n;
        while (child->parentWidget() != w)
            child = child->parentWidget();
        if (!ordered.contains(child))
            ordered << child;
    }
    return ordered;
}

} // namespace

namespace FocusOrder {

QList<QWidget *> stopsOf(QWidget *widget)
{
    if (!widget)
        return {};
    if (isSingleControl(widget))
        return {widget};
    QList<QWidget *> stops;
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        // The tab widget itself, not its bar: Tab stops at it (its focus goes on to the bar),
        // so it must stand where the bar is read.
        stops << tabs;
        for (int i = 0; i < tabs->count(); ++i)
            stops << stopsOf(tabs->widget(i));
        return stops;
    }
    if (widget->focusPolicy() != Qt::NoFocus)
        stops << widget; // a scroll area, a checkable group box: before what it holds
    if (auto *area = qobject_cast<QScrollArea *>(widget)) {
        stops << stopsOf(area->widget());
        return stops;
    }
    for (QWidget *child : childrenInReadingOrder(widget))
        stops << stopsOf(child);
    return stops;
}

void chain(const QList<QWidget *> &widgets)
{
    QList<QWidget *> stops;
    for (QWidget *w : widgets) {
        for (QWidget *s : stopsOf(w)) {
            if (!stops.contains(s))
                stops << s;
        }
    }
    for (qsizetype i = 1; i < stops.size(); ++i) {
        // After a tab widget comes its bar. (Qt takes a tab widget as "first" to mean after
        // all of it, pages included, which are still to be ordered.)
        QWidget *first = stops[i - 1];
        if (auto *tabs = qobject_cast<QTabWidget *>(first))
            first = tabs->tabBar();
        QWidget::setTabOrder(first, stops[i]);
    }
}

void letTabLeave(QWidget *root)
{
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
        edit->setTabChangesFocus(true);
    for (QTextEdit *edit : root->findChildren<QTextEdit *>())
        edit->setTabChangesFocus(true);
}

} // namespace FocusOrder
