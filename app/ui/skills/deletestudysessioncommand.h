#pragma once

#include "domain/studysession.h"
#include "skillcommand.h"

// Deletes a study session; undo puts it back with the same id.
class DeleteStudySessionCommand : public SkillCommand
{
public:
    DeleteStudySessionCommand(RoadmapStore *store, const StudySession &session);

    WriteResult apply() override;
    WriteResult revert() override;

private:
    StudySession m_session;
};
