#include "skilllinkwidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int StageRole = Qt::UserRole + 2;
} // namespace

SkillLinkWidget::SkillLinkWidget(const QList<CertificationRepository::SkillChoice> &skills,
                                 const QString &intro, QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    m_filter->setObjectName(u"skillFilterEdit"_s);
    m_filter->setAccessibleName(tr("Filter skills"));
    m_filter->setPlaceholderText(tr("Filter skills"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list->setObjectName(u"skillList"_s);
    m_list->setAccessibleName(tr("Roadmap skills"));
    for (const CertificationRepository::SkillChoice &s : skills) {
        auto *item = new QListWidgetItem(s.name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(IdRole, s.id);
        item->setData(StageRole, s.stage);
        item->setToolTip(s.stage);
    }
    layout->addWidget(m_list, 1);
    m_count->setObjectName(u"skillCountLabel"_s);
    layout->addWidget(m_count);
    if (skills.isEmpty())
        m_count->setText(tr("The roadmap has no skills yet."));
    connect(m_filter, &QLineEdit::textChanged, this, &SkillLinkWidget::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateCount();
        emit changed();
    });
    updateCount();
}

void SkillLinkWidget::setChecked(const QList<qint64> &skillIds)
{
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(skillIds.contains(item->data(IdRole).toLongLong()) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
    updateCount();
}

QList<qint64> SkillLinkWidget::checked() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(IdRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void SkillLinkWidget::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool match = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive)
            || item->data(StageRole).toString().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void SkillLinkWidget::updateCount()
{
    if (m_list->count() == 0)
        return;
    const int n = int(checked().size());
    m_count->setText(n == 1 ? tr("1 skill covered") : tr("%1 skills covered").arg(n));
}
