#include "learnnextwidget.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LearnNextWidget::LearnNextWidget(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_list->setObjectName(u"learnNextList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("#"), tr("Skill"), tr("Score"), tr("Why")});
    m_list->header()->setStretchLastSection(true);
    m_list->setWordWrap(false);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit skillActivated(item->data(1, Qt::UserRole).toLongLong());
    });
}

void LearnNextWidget::setSteps(const QList<LearningPlanner::Step> &steps)
{
    const QLocale locale;
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < steps.size() && i < MaxShown; ++i) {
        const auto &s = steps[i];
        auto *item = new QTreeWidgetItem;
        item->setText(0, locale.toString(i + 1));
        item->setText(1, s.name);
        item->setData(1, Qt::UserRole, s.skillId);
        // The order follows the effective score: a prerequisite ranks with the skill that
        // waits for it. Showing its own, lower score made the column look unsorted.
        item->setText(2, locale.toString(s.effectiveScore));
        if (s.effectiveScore > s.score)
            item->setToolTip(2,
                             tr("%1 on its own; ranked at %2 because a skill that needs it "
                                "scores that.")
                                 .arg(locale.toString(s.score), locale.toString(s.effectiveScore)));
        item->setText(3, s.reason);
        item->setToolTip(3, s.reason);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);
    if (steps.isEmpty())
        m_intro->setText(tr("Nothing to learn next: every skill has reached its target or is "
                            "skipped. Raise a target to plan further."));
    else if (steps.size() > MaxShown)
        m_intro->setText(tr("The first %1 of %2 skills with a gap, most valuable first. Score = "
                            "levels to go x priority weight; a prerequisite comes before the "
                            "skills that need it. Double-click a skill to open it.")
                             .arg(locale.toString(MaxShown), locale.toString(steps.size())));
    else
        m_intro->setText(tr("Skills with a gap: %1, most valuable first. Score = levels to go x "
                            "priority weight; a prerequisite comes before the skills that need "
                            "it. Double-click a skill to open it.")
                             .arg(locale.toString(steps.size())));
}
