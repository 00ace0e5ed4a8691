#include "page.h"

#include "areastore.h"
#include "dialogs.h"
#include "focusorder.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Page::Page(const WorkbenchContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    if (m_context.notifier)
        connect(m_context.notifier, &ChangeNotifier::changed, this, &Page::onChanged);
}

void Page::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_stale = false;
    reload();
    applyTabOrder();
}

QFont Page::headingFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 1.4);
    f.setBold(true);
    return f;
}

int Page::heightForWidth(int width) const
{
    Q_UNUSED(width);
    return minimumSizeHint().height();
}

QLabel *Page::addHeader(QVBoxLayout *layout, const QString &intro)
{
    auto *heading = new QLabel(title(), this);
    heading->setObjectName(u"pageHeading"_s);
    heading->setTextFormat(Qt::PlainText);
    heading->setFont(headingFont(heading->font()));
    layout->addWidget(heading);
    if (!intro.isEmpty()) {
        auto *label = new QLabel(intro, this);
        label->setObjectName(u"pageIntro"_s);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    return heading;
}

void Page::watch(ChangeNotifier::Areas areas)
{
    m_watched |= areas;
}

void Page::adopt(AreaStore *store)
{
    m_stores.append(store);
    connect(store, &AreaStore::failed, this,
            [this](const QString &message) { Dialogs::warning(this, title(), message); });
}

QWidget *Page::createEmptyState(const QString &text, const QList<QPushButton *> &buttons,
                                const QString &objectName)
{
    auto *empty = new QWidget(this);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    auto *label = new QLabel(text, empty);
    label->setObjectName(objectName.isEmpty() ? u"emptyStateLabel"_s : objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    for (QPushButton *b : buttons) {
        b->setParent(empty);
        row->addWidget(b);
    }
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    return empty;
}

QWidget *Page::scrolling(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setObjectName(content->objectName() + u"Scroll"_s);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Not a Tab stop of its own: Tab to a control inside scrolls it into view.
    area->setFocusPolicy(Qt::NoFocus);
    area->setWidget(content);
    return area;
}

QStackedWidget *Page::createContentStack(QWidget *empty, QWidget *content)
{
    m_contentStack = new QStackedWidget(this);
    m_contentStack->addWidget(empty);
    m_contentStack->addWidget(content);
    return m_contentStack;
}

void Page::setEmpty(bool empty)
{
    if (m_contentStack)
        m_contentStack->setCurrentIndex(empty ? 0 : 1);
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_loaded) {
        m_stale = false;
        reload();
    }
    applyTabOrder();
}

void Page::applyTabOrder()
{
    // Tab follows the reading order, also through what the page created since, and no list
    // or text field holds it (issue #13, item 6).
    FocusOrder::letTabLeave(this);
    FocusOrder::chain({this});
}

void Page::onChanged(ChangeNotifier::Areas areas, const QObject *origin)
{
    if (!m_loaded || !(areas & m_watched))
        return;
    for (const QPointer<AreaStore> &store : std::as_const(m_stores))
        if (origin && store == origin)
            return;
    if (isVisible()) {
        m_stale = false;
        reload();
        applyTabOrder();
    } else {
        m_stale = true;
    }
}
