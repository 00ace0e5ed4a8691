#include "roadmapeditactions.h"

#include "addbuiltinskillscommand.h"
#include "addgroupcommand.h"
#include "addskillcommand.h"
#include "builtinadditionsdialog.h"
#include "common/dialogs.h"
#include "deletegroupcommand.h"
#include "deleteskillscommand.h"
#include "domain/hourstext.h"
#include "moveskillcommand.h"
#include "reordergroupscommand.h"
#include "roadmapstore.h"

#include <QLocale>
#include <QSet>
#include <QUndoStack>

RoadmapEditActions::RoadmapEditActions(RoadmapStore *store, QWidget *dialogParent)
    : m_store(store)
    , m_parent(dialogParent)
{ }

static QString uniqueName(const QString &base, const QStringList &taken)
{
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = RoadmapEditActions::tr("%1 %2").arg(base, QLocale().toString(n));
    return name;
}

static qint64 groupNamed(RoadmapStore *store, RoadmapGroup::Kind kind, const QString &name)
{
    for (const RoadmapGroup &g : store->roadmap().groups(kind))
        if (g.name == name)
            return g.id;
    return 0;
}

qint64 RoadmapEditActions::addGroup(RoadmapGroup::Kind kind)
{
    QStringList names;
    int position = 0;
    for (const RoadmapGroup &g : m_store->roadmap().groups(kind)) {
        names << g.name;
        position = std::max(position, g.position + 1);
    }
    RoadmapGroup g;
    g.kind = kind;
    g.name = uniqueName(kind == RoadmapGroup::Kind::Stage ? tr("New stage") : tr("New category"),
                        names);
    g.position = position;
    m_store->undoStack()->push(new AddGroupCommand(m_store, g));
    return groupNamed(m_store, kind, g.name);
}

qint64 RoadmapEditActions::addSkill(qint64 stageId, qint64 categoryId)
{
    const Roadmap &r = m_store->roadmap();
    QStringList names;
    for (const Skill &k : r.skills)
        names << k.name;
    Skill s;
    s.name = uniqueName(tr("New skill"), names);
    s.stageId = stageId > 0 ? stageId : r.stages.isEmpty() ? 0 : r.stages.first().id;
    s.categoryId = categoryId > 0 ? categoryId
        : r.categories.isEmpty()  ? 0
                                  : r.categories.first().id;
    s.position = -1;
    QUndoStack *stack = m_store->undoStack();
    stack->beginMacro(tr("Add Skill \"%1\"").arg(s.name));
    // A skill needs a stage and a category: make the first ones when there are none.
    if (s.stageId == 0) {
        const QString name = tr("First stage");
        stack->push(new AddGroupCommand(m_store, {RoadmapGroup::Kind::Stage, 0, name, {}, 0}));
        s.stageId = groupNamed(m_store, RoadmapGroup::Kind::Stage, name);
    }
    if (s.categoryId == 0) {
        const QString name = tr("General");
        stack->push(new AddGroupCommand(m_store, {RoadmapGroup::Kind::Category, 0, name, {}, 0}));
        s.categoryId = groupNamed(m_store, RoadmapGroup::Kind::Category, name);
    }
    if (s.stageId > 0 && s.categoryId > 0)
        stack->push(new AddSkillCommand(m_store, s));
    stack->endMacro();
    for (const Skill &k : m_store->roadmap().skills)
        if (k.name == s.name)
            return k.id;
    return 0;
}

QString RoadmapEditActions::lossText(int links, int sessions, int minutes) const
{
    if (links == 0 && sessions == 0)
        return {};
    return tr("%n evidence link(s) and %1 go with it.", nullptr, links)
        //: %1 is a number of hours, e.g. "12.5 hours"
        .arg(tr("%n study session(s) (%1)", nullptr, sessions)
                 .arg(HoursText::spelled(minutes / 60.0)));
}

QString RoadmapEditActions::confirmation(const QString &question, const QString &loss) const
{
    // "Delete ...? N links and M study sessions go with it. You can undo ...", without a
    // double space when nothing is attached.
    const QString undo = tr("You can undo this with Edit > Undo.");
    return loss.isEmpty() ? tr("%1 %2").arg(question, undo)
                          : tr("%1 %2 %3").arg(question, loss, undo);
}

void RoadmapEditActions::deleteSkills(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    const auto snapshot = m_store->snapshot(ids);
    if (!snapshot || snapshot->skills.isEmpty())
        return;
    const QString loss = lossText(snapshot->evidenceLinkCount(),
                                  int(snapshot->studySessions.size()), snapshot->studyMinutes());
    if (!loss.isEmpty()) {
        const QString question = snapshot->skills.size() == 1
            ? tr("Delete the skill \"%1\"?").arg(snapshot->skills.first().name)
            : tr("Delete %n skill(s)?", nullptr, int(snapshot->skills.size()));
        if (Dialogs::question(m_parent, tr("Delete Skills"), confirmation(question, loss))
            != QMessageBox::Yes)
            return;
    }
    m_store->undoStack()->push(new DeleteSkillsCommand(m_store, *snapshot));
}

void RoadmapEditActions::deleteGroup(RoadmapGroup::Kind kind, qint64 id)
{
    const RoadmapGroup *g = m_store->group(kind, id);
    if (!g)
        return;
    const RoadmapGroup group = *g;
    QList<qint64> skillIds;
    for (const Skill &s : m_store->roadmap().skills)
        if ((kind == RoadmapGroup::Kind::Stage ? s.stageId : s.categoryId) == id)
            skillIds << s.id;
    const auto snapshot = m_store->snapshot(skillIds);
    if (!snapshot)
        return;
    if (!skillIds.isEmpty()) {
        const QString question = kind == RoadmapGroup::Kind::Stage
            ? tr("Delete the stage \"%1\" and its %n skill(s)?", nullptr, int(skillIds.size()))
            : tr("Delete the category \"%1\" and its %n skill(s)?", nullptr, int(skillIds.size()));
        const QString loss
            = lossText(snapshot->evidenceLinkCount(), int(snapshot->studySessions.size()),
                       snapshot->studyMinutes());
        if (Dialogs::question(m_parent,
                              kind == RoadmapGroup::Kind::Stage ? tr("Delete Stage")
                                                                : tr("Delete Category"),
                              confirmation(question.arg(group.name), loss))
            != QMessageBox::Yes)
            return;
    }
    m_store->undoStack()->push(new DeleteGroupCommand(m_store, group, *snapshot));
}

void RoadmapEditActions::moveSkill(qint64 id, int delta)
{
    const Skill *s = m_store->skill(id);
    if (!s)
        return;
    const QList<qint64> order = m_store->stageOrder(s->stageId);
    const int from = int(order.indexOf(id));
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= order.size())
        return;
    QList<qint64> next = order;
    next.move(from, to);
    m_store->undoStack()->push(new MoveSkillCommand(
        m_store, id, {s->stageId, s->categoryId, m_store->stagePositions(s->stageId)},
        {s->stageId, s->categoryId, MoveSkillCommand::numbered(next)}));
}

void RoadmapEditActions::moveGroup(RoadmapGroup::Kind kind, qint64 id, int delta)
{
    QList<qint64> order;
    for (const RoadmapGroup &g : m_store->roadmap().groups(kind))
        order << g.id;
    const int from = int(order.indexOf(id));
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= order.size())
        return;
    QList<qint64> next = order;
    next.move(from, to);
    m_store->undoStack()->push(new ReorderGroupsCommand(m_store, kind, order, next));
}

qint64 RoadmapEditActions::addFromBuiltIn()
{
    const Roadmap &r = m_store->roadmap();
    const QSet<QString> chosen = RoadmapAdditions::chosenSpecialisations(r);
    RoadmapAdditions::Plan plan = RoadmapAdditions::plan(r);
    QSet<QString> all;
    for (const auto &s : std::as_const(plan.skills))
        all.insert(s.key);
    plan = RoadmapAdditions::choose(plan, all, chosen);
    BuiltInAdditionsDialog dialog(r, plan, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    plan = RoadmapAdditions::choose(plan, dialog.selectedKeys(), chosen);
    if (plan.isEmpty())
        return 0;
    QSet<qint64> before;
    for (const Skill &s : r.skills)
        before.insert(s.id);
    // The stack deletes a command whose write failed: look for the new skills, not at it.
    m_store->undoStack()->push(new AddBuiltInSkillsCommand(m_store, plan));
    qint64 first = 0;
    for (const Skill &s : m_store->roadmap().skills)
        if (!before.contains(s.id) && (first == 0 || s.id < first))
            first = s.id;
    return first;
}
