#include "namecolumnfitter.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <functional>

namespace {
// Names are measured on this many rows (and their children in a tree): enough to find a long
// one, few enough to stay cheap on a 2,000-skill roadmap.
constexpr int SampleRows = 200;
} // namespace

NameColumnFitter::NameColumnFitter(QAbstractItemView *view, QHeaderView *header, int column,
                                   int maxChars)
    : QObject(view)
    , m_view(view)
    , m_header(header)
    , m_column(column)
    , m_maxChars(maxChars)
{
    m_header->setSectionResizeMode(m_column, QHeaderView::Interactive);
    m_view->viewport()->installEventFilter(this);
    // Other columns sized to their contents change width when the data changes.
    connect(m_header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != m_column)
            scheduleFit();
    });
    connect(m_header, &QHeaderView::sectionCountChanged, this, &NameColumnFitter::scheduleFit);
    if (QAbstractItemModel *model = m_view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &NameColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &NameColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &NameColumnFitter::scheduleFit);
    }
    scheduleFit();
}

int NameColumnFitter::readableWidth() const
{
    const QAbstractItemModel *model = m_view->model();
    if (!model)
        return 0;
    const QFontMetrics metrics = m_view->fontMetrics();
    const int cap = metrics.averageCharWidth() * m_maxChars;
    int widest = 0;
    int seen = 0;
    // A tree indents its children; their names start further right.
    const auto *tree = qobject_cast<const QTreeView *>(m_view);
    const int indent = tree ? tree->indentation() : 0;
    const std::function<void(const QModelIndex &, int)> measure = [&](const QModelIndex &parent,
                                                                      int depth) {
        const int rows = model->rowCount(parent);
        for (int r = 0; r < rows && seen < SampleRows && widest < cap; ++r, ++seen) {
            const QModelIndex index = model->index(r, m_column, parent);
            widest = std::max(widest, m_view->sizeHintForIndex(index).width() + depth * indent);
            if (tree && model->hasChildren(index.siblingAtColumn(0)))
                measure(index.siblingAtColumn(0), depth + 1);
        }
    };
    measure({}, tree && tree->rootIsDecorated() ? 1 : 0);
    return std::min(widest, cap);
}

void NameColumnFitter::fit()
{
    m_pending = false;
    if (m_fitting || m_header->isSectionHidden(m_column))
        return;
    m_fitting = true;
    int others = 0;
    for (int c = 0; c < m_header->count(); ++c)
        if (c != m_column && c != m_expendable && !m_header->isSectionHidden(c))
            others += m_header->sectionSize(c);
    const int readable = readableWidth();
    if (m_expendable >= 0) {
        if (!m_header->isSectionHidden(m_expendable))
            m_expendableWidth = m_header->sectionSize(m_expendable);
        const bool fits = m_view->viewport()->width() - others - m_expendableWidth >= readable;
        m_header->setSectionHidden(m_expendable, !fits);
        if (fits)
            others += m_expendableWidth;
    }
    const int room = m_view->viewport()->width() - others;
    const int width = std::max({room, readable, m_header->minimumSectionSize()});
    if (m_header->sectionSize(m_column) != width)
        m_header->resizeSection(m_column, width);
    m_fitting = false;
}

void NameColumnFitter::setExpendableColumn(int column)
{
    m_expendable = column;
    m_expendableWidth = m_header->sectionSize(column);
    scheduleFit();
}

void NameColumnFitter::scheduleFit()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &NameColumnFitter::fit);
}

bool NameColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        scheduleFit();
    return QObject::eventFilter(watched, event);
}
