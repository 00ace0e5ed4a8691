#include "topicscoreswidget.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TopicScoresWidget::TopicScoresWidget(const QStringList &knownTopics, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_name(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add Topic"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_name->setObjectName(u"topicNameEdit"_s);
    m_name->setAccessibleName(tr("Topic to add"));
    m_name->setPlaceholderText(tr("Topic, e.g. Transformers"));
    auto *completer = new QCompleter(knownTopics, m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(completer);
    row->addWidget(m_name, 1);
    m_add->setObjectName(u"addTopicButton"_s);
    row->addWidget(m_add);
    layout->addLayout(row);
    m_table->setObjectName(u"topicsTable"_s);
    m_table->setAccessibleName(tr("Topics and their scores"));
    m_table->setHorizontalHeaderLabels({tr("Topic"), tr("Score")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    // Remove under the list it acts on, so the topic field keeps room for its example.
    auto *below = new QHBoxLayout;
    below->addStretch(1);
    m_remove->setObjectName(u"removeTopicButton"_s);
    below->addWidget(m_remove);
    layout->addLayout(below);
    // Tab as the fields are read (the table, made first, came first).
    QWidget::setTabOrder(m_name, m_add);
    QWidget::setTabOrder(m_add, m_table);
    QWidget::setTabOrder(m_table, m_remove);

    connect(m_add, &QPushButton::clicked, this, &TopicScoresWidget::addTyped);
    connect(m_name, &QLineEdit::returnPressed, this, &TopicScoresWidget::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &TopicScoresWidget::removeSelected);
}

void TopicScoresWidget::addTyped()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return;
    addTopic(name, 0);
    m_name->clear();
}

void TopicScoresWidget::addTopic(const QString &name, int score)
{
    int row = 0;
    for (; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text().compare(name, Qt::CaseInsensitive) == 0)
            break;
    }
    if (row == m_table->rowCount()) {
        m_table->insertRow(row);
        auto *item = new QTableWidgetItem(name);
        m_table->setItem(row, 0, item);
        auto *spin = new QSpinBox(m_table);
        spin->setObjectName(u"topicScoreSpin"_s);
        spin->setAccessibleName(tr("Score of %1").arg(name));
        spin->setRange(0, 5);
        spin->setSpecialValueText(tr("not scored"));
        connect(spin, &QSpinBox::valueChanged, this, &TopicScoresWidget::changed);
        m_table->setCellWidget(row, 1, spin);
    }
    static_cast<QSpinBox *>(m_table->cellWidget(row, 1))->setValue(score);
    emit changed();
}

void TopicScoresWidget::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    emit changed();
}

void TopicScoresWidget::setTopics(const QList<InterviewTopicScore> &topics)
{
    m_table->setRowCount(0);
    for (const InterviewTopicScore &t : topics)
        addTopic(t.name, t.score);
}

QList<InterviewTopicScore> TopicScoresWidget::topics() const
{
    QList<InterviewTopicScore> result;
    for (int row = 0; row < m_table->rowCount(); ++row)
        result.append({m_table->item(row, 0)->text(),
                       static_cast<QSpinBox *>(m_table->cellWidget(row, 1))->value()});
    return result;
}
