#include "skillsfilterbar.h"

#include "domain/skilltext.h"
#include "skillsfilterproxy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

SkillsFilterBar::SkillsFilterBar(SkillsFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_groupBy(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_gapsOnly(new QCheckBox(tr("&Gaps only"), this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_groupBy->setObjectName(u"groupByCombo"_s);
    m_groupBy->addItem(tr("By stage"), int(RoadmapGroup::Kind::Stage));
    m_groupBy->addItem(tr("By category"), int(RoadmapGroup::Kind::Category));
    m_groupBy->setToolTip(tr("Group the skills by roadmap stage or by category"));
    m_search->setObjectName(u"skillSearchEdit"_s);
    m_search->setAccessibleName(tr("Filter skills"));
    m_search->setPlaceholderText(tr("Filter skills"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(u"statusFilterCombo"_s);
    m_status->addItem(tr("Any status"), -1);
    for (auto s : {Skill::Status::NotStarted, Skill::Status::Learning, Skill::Status::Proficient,
                   Skill::Status::Skipped})
        m_status->addItem(SkillText::statusName(s), int(s));
    m_stage->setObjectName(u"stageFilterCombo"_s);
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stage->setMinimumContentsLength(14);
    m_stage->addItem(tr("All stages"), 0);
    m_gapsOnly->setObjectName(u"gapsOnlyCheck"_s);
    m_gapsOnly->setToolTip(tr("Show only skills below their target (skipped ones hidden)"));
    row->addWidget(m_groupBy);
    row->addWidget(m_search, 1);
    row->addWidget(m_status);
    row->addWidget(m_stage);
    row->addWidget(m_gapsOnly);

    connect(m_groupBy, &QComboBox::currentIndexChanged, this,
            [this] { emit groupingChanged(grouping()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SkillsFilterProxy::setText);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(m_status->currentData().toInt()); });
    connect(m_stage, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStageId(m_stage->currentData().toLongLong()); });
    connect(m_gapsOnly, &QCheckBox::toggled, m_proxy, &SkillsFilterProxy::setGapsOnly);
}

RoadmapGroup::Kind SkillsFilterBar::grouping() const
{
    return RoadmapGroup::Kind(m_groupBy->currentData().toInt());
}

void SkillsFilterBar::setGrouping(RoadmapGroup::Kind kind)
{
    m_groupBy->setCurrentIndex(m_groupBy->findData(int(kind)));
}

void SkillsFilterBar::setStages(const QList<RoadmapGroup> &stages)
{
    const qint64 current = m_stage->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_stage);
        m_stage->clear();
        m_stage->addItem(tr("All stages"), 0);
        for (const RoadmapGroup &g : stages)
            m_stage->addItem(g.name, g.id);
        const int i = m_stage->findData(current);
        m_stage->setCurrentIndex(i >= 0 ? i : 0);
    }
    m_proxy->setStageId(m_stage->currentData().toLongLong());
}

void SkillsFilterBar::clearFilters()
{
    m_search->clear();
    m_status->setCurrentIndex(0);
    m_stage->setCurrentIndex(0);
    m_gapsOnly->setChecked(false);
}
