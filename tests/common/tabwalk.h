#pragma once

// Walks a window by Tab as a user does, for the tab-order tests of pages (tst_taborder) and
// dialogs (tst_dialogtaborder): which controls Tab reaches, where it is trapped, and whether
// it goes in reading order.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

#include <algorithm>

namespace TabWalk {

using namespace Qt::StringLiterals;

// A label that shows a link is a control: the link must be reached by Tab.
inline bool isLinkLabel(const QWidget *w)
{
    const auto *label = qobject_cast<const QLabel *>(w);
    return label && label->textFormat() != Qt::PlainText
        && label->text().contains(u"<a "_s, Qt::CaseInsensitive);
}

// What a user would expect Tab to reach: the controls themselves, not their inner parts (the
// edit inside a spin box or combo box, the viewport and editors of a list, scroll bars).
inline bool isControl(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return false;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QTabBar *>(p))
            return false;
    }
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QTabBar *>(w) || isLinkLabel(w);
}

// Whether Tab can stop at W (what QWidget::focusNextPrevChild() asks).
inline bool takesTab(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isVisible() && w->isEnabled()
        && !w->focusProxy();
}

inline QString nameOf(const QWidget *w)
{
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(w->metaObject()->className()),
                              w->objectName().isEmpty() ? w->accessibleName() : w->objectName());
}

// The stops of one round of Tab presses from the navigation back to it, and the traps met.
struct Walk
{
    QList<QWidget *> stops;
    QStringList traps;
};

inline Walk pressTabRound(QWidget *nav)
{
    Walk walk;
    nav->setFocus(Qt::TabFocusReason);
    QWidget *at = QApplication::focusWidget();
    if (at != nav) {
        walk.traps << u"the navigation cannot take focus"_s;
        return walk;
    }
    int stayed = 0;
    for (int guard = 0; guard < 2000; ++guard) {
        QTest::keyClick(at, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now == at) {
            // A date field steps through its sections before it lets go, a label through its
            // links.
            const auto *date = qobject_cast<const QDateTimeEdit *>(at);
            const int parts = date ? date->sectionCount()
                : isLinkLabel(at)  ? int(qobject_cast<QLabel *>(at)->text().count(u"<a "_s)) + 1
                                   : 1;
            if (++stayed < parts)
                continue;
            walk.traps << u"Tab stays in %1"_s.arg(nameOf(at));
            // Go on from where Tab should have gone, to find what else is wrong.
            now = at->nextInFocusChain();
            while (now != nav && !takesTab(now))
                now = now->nextInFocusChain();
            now->setFocus(Qt::TabFocusReason);
        }
        if (!now) {
            walk.traps << u"Tab from %1 leaves the window"_s.arg(nameOf(at));
            break;
        }
        stayed = 0;
        at = now;
        if (at == nav)
            break;
        walk.stops << at;
    }
    return walk;
}

// What is wrong with Tab on PAGE as it is shown now (the window W, its navigation NAV).
// Lets the layouts of W settle: a row that wraps (WrappingRow) asks its parent for more height
// only after it has been laid out, which takes a few rounds of posted layout requests.
inline void settleLayouts(QWidget *w)
{
    QList<QRect> before;
    for (int round = 0; round < 20; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        QList<QRect> now;
        for (const QWidget *c : w->findChildren<QWidget *>())
            now << QRect(c->mapTo(w, QPoint()), c->size());
        if (now == before)
            return;
        before = now;
    }
}

// Where C is laid out in W, as if no scroll area it is in were scrolled: the reading order is
// the layout's, not where the last Tab left a tall tab of charts scrolled to.
inline QRect placeIn(const QWidget *c, QWidget *w)
{
    QPoint at = c->mapTo(w, QPoint());
    for (const QWidget *p = c->parentWidget(); p && p != w; p = p->parentWidget()) {
        const auto *area = qobject_cast<const QScrollArea *>(p);
        if (area && area->widget() && area->widget()->isAncestorOf(c))
            at += QPoint(area->horizontalScrollBar()->value(), area->verticalScrollBar()->value());
    }
    return QRect(at, c->size());
}

// What breaks the reading order in WALKED, the controls in the order Tab reached them (W is
// the window they are placed in): down the window, and left to right along a row; a jump back
// up only to a column further right (a form beside a list), never back up and left.
inline QStringList readingOrderProblems(QWidget *w, const QList<QWidget *> &walked)
{
    QStringList problems;
    // A container that takes focus too (a scroll area) has no place of its own in the
    // reading order: its contents have.
    QList<QWidget *> ordered;
    for (QWidget *c : std::as_const(walked)) {
        if (std::none_of(walked.cbegin(), walked.cend(),
                         [c](const QWidget *o) { return o != c && c->isAncestorOf(o); }))
            ordered << c;
    }
    const int tolerance = 12;
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        const QRect a = placeIn(ordered[i - 1], w);
        const QRect b = placeIn(ordered[i], w);
        const int dy = b.center().y() - a.center().y();
        const bool down = dy > tolerance && b.top() > a.top() - tolerance;
        const bool sameRow = std::abs(dy) <= tolerance || b.top() == a.top();
        const bool right = b.left() > a.left() + tolerance;
        const bool ok = down || (sameRow && b.left() >= a.left() - tolerance) || right;
        if (!ok)
            problems << u"Tab goes back from %1 at (%2,%3) to %4 at (%5,%6)"_s
                            .arg(nameOf(ordered[i - 1]))
                            .arg(a.left())
                            .arg(a.top())
                            .arg(nameOf(ordered[i]))
                            .arg(b.left())
                            .arg(b.top());
    }
    return problems;
}

// What is wrong with Tab on PAGE as it is shown now (the window W, its navigation NAV).
inline QStringList tabProblems(QWidget *w, QWidget *nav, QWidget *page)
{
    settleLayouts(w);
    QList<QWidget *> controls;
    for (QWidget *c : page->findChildren<QWidget *>()) {
        if (c->isVisible() && c->isEnabled() && isControl(c))
            controls << c;
    }
    if (controls.isEmpty())
        return {u"no control shown"_s};

    const Walk walk = pressTabRound(nav);
    QStringList problems = walk.traps;
    QList<QWidget *> walked;
    for (QWidget *c : walk.stops) {
        if (page->isAncestorOf(c))
            walked << c;
    }
    for (QWidget *c : std::as_const(controls)) {
        if (!walked.contains(c))
            problems << u"not reached by Tab: %1 (focus policy %2)"_s.arg(nameOf(c)).arg(
                int(c->focusPolicy()));
    }

    problems << readingOrderProblems(w, walked);
    return problems;
}

// What is wrong with Tab in DIALOG as it is shown now (active, with the focus where it opened):
// from the focused control round to it again, Tab reaches every control, is trapped nowhere
// and stays in the dialog; and the round, read from the control that comes first on screen,
// goes in reading order.
inline QStringList dialogTabProblems(QWidget *dialog)
{
    settleLayouts(dialog);
    QWidget *start = QApplication::focusWidget();
    if (!start || !dialog->isAncestorOf(start))
        return {u"nothing in the dialog has the focus"_s};
    QList<QWidget *> controls;
    for (QWidget *c : dialog->findChildren<QWidget *>()) {
        if (c->isVisible() && c->isEnabled() && isControl(c))
            controls << c;
    }
    const Walk walk = pressTabRound(start);
    QStringList problems = walk.traps;
    QList<QWidget *> round {start};
    for (QWidget *c : walk.stops) {
        if (dialog->isAncestorOf(c))
            round << c;
        else
            problems << u"Tab leaves the dialog for %1"_s.arg(nameOf(c));
    }
    for (QWidget *c : std::as_const(controls)) {
        if (!round.contains(c))
            problems << u"not reached by Tab: %1 (focus policy %2)"_s.arg(nameOf(c)).arg(
                int(c->focusPolicy()));
    }
    // A round has no beginning: read it from the control at the top left.
    const auto place = [dialog](const QWidget *c) {
        const QPoint p = c->mapTo(dialog, QPoint());
        return std::make_pair(p.y(), p.x());
    };
    const auto first
        = std::min_element(round.cbegin(), round.cend(),
                           [&](const QWidget *a, const QWidget *b) { return place(a) < place(b); });
    std::rotate(round.begin(), round.begin() + (first - round.cbegin()), round.end());
    problems << readingOrderProblems(dialog, round);
    return problems;
}

} // namespace TabWalk
