#include "page.h"

Page::Page(const WorkbenchContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{ }

void Page::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    reload();
}
