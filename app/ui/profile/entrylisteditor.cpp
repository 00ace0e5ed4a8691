#include "entrylisteditor.h"

#include "common/fieldproblems.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int OldRowRole = Qt::UserRole + 1;
}

EntryListEditor::EntryListEditor(ResumeStore *store, QUndoStack *undoStack, const QString &name,
                                 QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_empty(new QLabel(this))
    , m_formWidget(new QWidget(this))
    , m_form(new QFormLayout(m_formWidget))
{
    setObjectName(name + u"Editor"_s);
    m_list->setObjectName(name + u"List"_s);
    m_add->setObjectName(name + u"Add"_s);
    m_remove->setObjectName(name + u"Remove"_s);
    m_up->setObjectName(name + u"Up"_s);
    m_down->setObjectName(name + u"Down"_s);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setToolTip(tr("Drag to change the order the resume shows."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(buttons);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_empty);
    rightLayout->addWidget(m_formWidget);
    rightLayout->addStretch();
    scroll->setWidget(right);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addWidget(scroll, 3);

    connect(m_list, &QListWidget::currentRowChanged, this, &EntryListEditor::onCurrentRowChanged);
    connect(m_add, &QPushButton::clicked, this, [this] {
        selectLater(m_list->count());
        (void)addEntry();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        selectLater(qMin(row, m_list->count() - 2));
        (void)removeEntry(row);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    // A drop moves the list's rows; the new order is written once the drop is over.
    QAbstractItemModel *model = m_list->model();
    auto queueCheck = [this] {
        if (m_loading || m_orderCheckQueued)
            return;
        m_orderCheckQueued = true;
        QTimer::singleShot(0, this, &EntryListEditor::checkOrder);
    };
    connect(model, &QAbstractItemModel::rowsMoved, this, queueCheck);
    connect(model, &QAbstractItemModel::rowsRemoved, this, queueCheck);
}

void EntryListEditor::setTexts(const QString &addText, const QString &emptyText)
{
    m_add->setText(addText);
    m_empty->setText(emptyText);
}

void EntryListEditor::addField(const QString &label, QWidget *field, const QString &fieldName)
{
    auto *error = new QLabel(m_formWidget);
    error->setObjectName(field->objectName() + u"Error"_s);
    FieldProblems::style(error);
    error->hide();
    m_errors.insert(fieldName, error);
    auto *box = new QWidget(m_formWidget);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(field);
    v->addWidget(error);
    m_form->addRow(label, box);
    // The label's buddy lives in another parent than the field: name the field itself.
    if (field->accessibleName().isEmpty()) {
        QString name = label;
        name.remove(u'&');
        if (name.endsWith(u':'))
            name.chop(1);
        field->setAccessibleName(name);
    }
    if (auto *buddy = qobject_cast<QLabel *>(m_form->labelForField(box)))
        buddy->setBuddy(field);
}

bool EntryListEditor::showProblems(const Problems &problems)
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString message = problems.message(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    return problems.ok();
}

int EntryListEditor::currentRow() const
{
    return m_list->currentRow();
}

void EntryListEditor::reload()
{
    const int keep = m_pendingRow >= 0 ? m_pendingRow : m_list->currentRow();
    m_pendingRow = -1;
    m_loading = true;
    const bool ok = read();
    const QStringList items = ok ? labels() : QStringList();
    m_list->clear();
    for (int i = 0; i < items.size(); ++i) {
        auto *item = new QListWidgetItem(items[i], m_list);
        item->setData(OldRowRole, i);
        item->setFlags(item->flags() | Qt::ItemIsDragEnabled);
    }
    const int row = items.isEmpty() ? -1 : qBound(0, keep, int(items.size()) - 1);
    m_list->setCurrentRow(row);
    m_loading = false;
    onCurrentRowChanged(row);
}

void EntryListEditor::onCurrentRowChanged(int row)
{
    if (m_loading)
        return;
    m_loading = true;
    showProblems({});
    m_formWidget->setVisible(row >= 0);
    m_empty->setVisible(row < 0);
    showEntry(row);
    m_loading = false;
    updateButtons();
}

void EntryListEditor::updateButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

void EntryListEditor::move(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QList<int> order;
    for (int i = 0; i < m_list->count(); ++i)
        order << i;
    order.swapItemsAt(row, to);
    selectLater(to);
    (void)moveEntries(order);
}

void EntryListEditor::checkOrder()
{
    m_orderCheckQueued = false;
    QList<int> order;
    bool moved = false;
    for (int i = 0; i < m_list->count(); ++i) {
        const int old = m_list->item(i)->data(OldRowRole).toInt();
        order << old;
        moved = moved || old != i;
    }
    if (!moved)
        return;
    // The row that was dropped: the current item, wherever it landed.
    selectLater(m_list->currentRow());
    if (!moveEntries(order).ok())
        reload(); // show the stored order again
}
