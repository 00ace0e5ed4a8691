#include "projectimagecommand.h"

#include "projectstore.h"

#include <QCoreApplication>

namespace {
QString commandText(ProjectImageCommand::Kind kind, const ProjectImage &image)
{
    return kind == ProjectImageCommand::Kind::Add
        ? QCoreApplication::translate("ProjectImageCommand", "Add image %1").arg(image.caption)
        : QCoreApplication::translate("ProjectImageCommand", "Remove image %1").arg(image.caption);
}
} // namespace

ProjectImageCommand::ProjectImageCommand(ProjectStore *store, Kind kind, const ProjectImage &image,
                                         QUndoCommand *parent)
    : StoreCommand(commandText(kind, image), parent)
    , m_store(store)
    , m_kind(kind)
    , m_image(image)
{ }

WriteResult ProjectImageCommand::apply()
{
    return m_kind == Kind::Add ? add() : remove();
}

WriteResult ProjectImageCommand::revert()
{
    return m_kind == Kind::Add ? remove() : add();
}

WriteResult ProjectImageCommand::add()
{
    WriteResult r = m_store->addImage(m_image);
    if (r.ok())
        m_image.id = r.id();
    return r;
}

WriteResult ProjectImageCommand::remove()
{
    return m_store->removeImage(m_image.projectId, m_image.id);
}
