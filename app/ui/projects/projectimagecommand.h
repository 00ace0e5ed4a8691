#pragma once

#include "common/storecommand.h"
#include "domain/projectimage.h"

class ProjectStore;

// Adds or removes one image of a project; undo does the opposite, keeping the image's id.
class ProjectImageCommand : public StoreCommand
{
public:
    enum class Kind { Add, Remove };

    ProjectImageCommand(ProjectStore *store, Kind kind, const ProjectImage &image,
                        QUndoCommand *parent = nullptr);

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    WriteResult add();
    WriteResult remove();

    ProjectStore *m_store;
    Kind m_kind;
    ProjectImage m_image;
};
