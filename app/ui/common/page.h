#pragma once

#include "workbenchcontext.h"

#include <QWidget>

// A page in the main window's page area. It loads what it shows the first time it is
// shown (never during start-up) and again when asked to reload.
class Page : public QWidget
{
    Q_OBJECT
public:
    Page(const WorkbenchContext &context, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    // Loads on first call, later calls do nothing; reload() always reads again.
    void ensureLoaded();
    bool isLoaded() const { return m_loaded; }
    virtual void reload() = 0;

signals:
    // Text for the status bar.
    void statusMessage(const QString &text);

protected:
    WorkbenchContext m_context;

private:
    bool m_loaded = false;
};
