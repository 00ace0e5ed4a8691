#include "addmissingcommand.h"

#include "jobstore.h"

#include <QCoreApplication>

AddMissingCommand::AddMissingCommand(JobStore *store, const JobRoadmapAdditions::Plan &plan,
                                     const QString &postingTitle, QUndoCommand *parent)
    : StoreCommand(QCoreApplication::translate("AddMissingCommand", "Add Missing Skills of %1")
                       .arg(postingTitle),
                   parent)
    , m_store(store)
    , m_plan(plan)
{ }

WriteResult AddMissingCommand::apply()
{
    // On a failed write the plan keeps the ids it had: the transaction was rolled back.
    JobRoadmapAdditions::Plan attempt = m_plan;
    WriteResult r = m_store->applyRoadmapPlan(&attempt);
    if (r.ok())
        m_plan = attempt;
    return r;
}

WriteResult AddMissingCommand::revert()
{
    return m_store->revertRoadmapPlan(m_plan);
}
