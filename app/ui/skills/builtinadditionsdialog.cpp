#include "builtinadditionsdialog.h"

#include "domain/skilltext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
}

BuiltInAdditionsDialog::BuiltInAdditionsDialog(const Roadmap &workbench,
                                               const RoadmapAdditions::Plan &plan, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"builtInAdditionsDialog"_s);
    setWindowTitle(tr("Add What the Built-in Roadmap Has"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setObjectName(u"additionsIntro"_s);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    auto *buttons = new QDialogButtonBox(this);
    if (plan.isEmpty()) {
        intro->setText(tr("Your roadmap already has every skill of the built-in roadmap. "
                          "There is nothing to add."));
        buttons->addButton(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        return;
    }
    intro->setText(tr("The built-in roadmap has %n skill(s) that yours lacks. The ticked ones "
                      "are added; nothing already on your roadmap changes. Skills of a "
                      "specialisation you have not chosen come without a target, as optional.",
                      nullptr, int(plan.skills.size())));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"additionsTree"_s);
    m_tree->setAccessibleName(tr("Skills to add"));
    m_tree->setHeaderLabels({tr("Skill"), tr("Target")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    QHash<QString, QString> stageNames;
    for (const auto &st : plan.newStages)
        stageNames.insert(st.key, tr("%1 (new stage)").arg(st.name));
    for (auto it = plan.stageIds.cbegin(); it != plan.stageIds.cend(); ++it) {
        for (const RoadmapGroup &g : workbench.stages)
            if (g.id == it.value())
                stageNames.insert(it.key(), g.name);
    }
    QHash<QString, QTreeWidgetItem *> stageItems;
    const QLocale locale;
    for (const RoadmapTemplate::Skill &s : plan.skills) {
        QTreeWidgetItem *&stage = stageItems[s.stage];
        if (!stage) {
            stage = new QTreeWidgetItem(m_tree, {stageNames.value(s.stage, s.stage)});
            stage->setFlags(stage->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            stage->setCheckState(0, Qt::Checked);
            stage->setExpanded(true);
        }
        auto *item
            = new QTreeWidgetItem(stage,
                                  {s.name,
                                   s.target > 0 ? tr("%1 %2").arg(locale.toString(s.target),
                                                                  SkillText::levelName(s.target))
                                                : tr("optional")});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        item->setData(0, KeyRole, s.key);
        item->setToolTip(0, s.description);
        if (s.target == 0)
            item->setToolTip(1,
                             tr("Part of a specialisation you have not chosen: added "
                                "without a target. Give it one on the Skills page if you "
                                "want it after all."));
    }
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemChanged, this, &BuiltInAdditionsDialog::updateButton);

    m_add = buttons->addButton(tr("Add Ticked Skills"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"addTickedButton"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 480);
}

QSet<QString> BuiltInAdditionsDialog::selectedKeys() const
{
    QSet<QString> keys;
    if (!m_tree)
        return keys;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *stage = m_tree->topLevelItem(i);
        for (int j = 0; j < stage->childCount(); ++j)
            if (stage->child(j)->checkState(0) == Qt::Checked)
                keys.insert(stage->child(j)->data(0, KeyRole).toString());
    }
    return keys;
}

void BuiltInAdditionsDialog::updateButton()
{
    if (m_add)
        m_add->setEnabled(!selectedKeys().isEmpty());
}
