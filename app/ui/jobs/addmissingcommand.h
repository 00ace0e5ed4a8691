#pragma once

#include "common/storecommand.h"
#include "db/jobroadmapadditions.h"

class JobStore;

// "Add Missing to Roadmap": the skills a posting asks for and the roadmap lacks, and the raised
// targets and priorities of the ones not yet proven, as ONE step; undo takes all of it back
// (and the category, when this step made it).
class AddMissingCommand : public StoreCommand
{
public:
    AddMissingCommand(JobStore *store, const JobRoadmapAdditions::Plan &plan,
                      const QString &postingTitle, QUndoCommand *parent = nullptr);

    const JobRoadmapAdditions::Plan &plan() const { return m_plan; }

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    JobStore *m_store;
    JobRoadmapAdditions::Plan m_plan;
};
