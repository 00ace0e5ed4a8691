#pragma once

#include "domain/studysession.h"
#include "skillcommand.h"

// Logs a study session; redo after an undo puts it back with the same id.
class AddStudySessionCommand : public SkillCommand
{
public:
    AddStudySessionCommand(RoadmapStore *store, const StudySession &session);

    WriteResult apply() override;
    WriteResult revert() override;

private:
    StudySession m_session;
};
