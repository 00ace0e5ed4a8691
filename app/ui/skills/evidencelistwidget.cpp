#include "evidencelistwidget.h"

#include "domain/skilltext.h"
#include "linkevidencecommand.h"
#include "roadmapstore.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EvidenceListWidget::EvidenceListWidget(RoadmapStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_intro(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Tick what shows this skill. A certification counts as evidence once it "
                        "is earned."));
    layout->addWidget(m_intro);
    m_tree->setObjectName(u"evidenceTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemChanged, this, &EvidenceListWidget::onItemChanged);
    // Queued: the change may come from a tick in this tree, whose item must outlive it.
    connect(
        store, &RoadmapStore::detailsChanged, this,
        [this](qint64 id) {
            if (id == m_skillId)
                refresh();
        },
        Qt::QueuedConnection);
}

void EvidenceListWidget::showSkill(qint64 skillId)
{
    m_skillId = skillId;
    refresh();
}

static QString certificationStatus(const QString &key)
{
    if (key == "earned"_L1)
        return EvidenceListWidget::tr("earned");
    if (key == "expired"_L1)
        return EvidenceListWidget::tr("expired: not evidence");
    return EvidenceListWidget::tr("not earned yet: not evidence");
}

void EvidenceListWidget::refresh()
{
    m_filling = true;
    m_tree->clear();
    m_items = m_skillId > 0 ? m_store->evidence(m_skillId) : QList<EvidenceItem>();
    const QList<QPair<EvidenceItem::Kind, QString>> sections = {
        {EvidenceItem::Kind::Project, tr("Projects")},
        {EvidenceItem::Kind::Certification, tr("Certifications")},
        {EvidenceItem::Kind::InterviewTopic, tr("Interview topics")},
    };
    for (const auto &[kind, title] : sections) {
        auto *header = new QTreeWidgetItem(m_tree, {title});
        QFont f = header->font(0);
        f.setBold(true);
        header->setFont(0, f);
        header->setFlags(Qt::ItemIsEnabled);
        int count = 0;
        for (int i = 0; i < m_items.size(); ++i) {
            const EvidenceItem &e = m_items[i];
            if (e.kind != kind)
                continue;
            ++count;
            QString text = e.name;
            if (kind == EvidenceItem::Kind::Certification)
                text = tr("%1 (%2)").arg(e.name, certificationStatus(e.status));
            else if (e.otherSkillId > 0)
                text = tr("%1 (now linked to %2)").arg(e.name, e.otherSkillName);
            auto *item = new QTreeWidgetItem(m_tree, {text});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(0, e.linked ? Qt::Checked : Qt::Unchecked);
            item->setData(0, Qt::UserRole, i);
            if (e.otherSkillId > 0)
                item->setToolTip(0,
                                 tr("An interview topic belongs to one skill: ticking it here "
                                    "moves it from %1.")
                                     .arg(e.otherSkillName));
        }
        if (count == 0) {
            const QString hint = kind == EvidenceItem::Kind::Project
                ? tr("No projects yet: add them on the Projects page.")
                : kind == EvidenceItem::Kind::Certification
                ? tr("No certifications yet: add them on the Certifications page.")
                : tr("No interview topics yet: add them on the Interviews page.");
            auto *item = new QTreeWidgetItem(m_tree, {hint});
            item->setFlags(Qt::NoItemFlags);
        }
    }
    setEnabled(m_skillId > 0);
    m_filling = false;
}

void EvidenceListWidget::onItemChanged(QTreeWidgetItem *item)
{
    if (m_filling || m_skillId <= 0)
        return;
    const int i = item->data(0, Qt::UserRole).toInt();
    if (i < 0 || i >= m_items.size())
        return;
    const EvidenceItem e = m_items[i];
    const bool link = item->checkState(0) == Qt::Checked;
    if (link == e.linked)
        return;
    m_store->undoStack()->push(new LinkEvidenceCommand(m_store, e, m_skillId, link));
}
