#pragma once

#include <QPaintDevice>

#include <memory>

class QPainter;

// A paint device that hands every drawing made on it to another painter, in that painter's
// coordinates at the time the device was painted on, passing on only the state the drawing
// uses. A PDF writer turns each state change into page content: a save and restore with
// nothing drawn between them, a transform set and set back, a clip that leaves the drawing
// whole, each costs bytes that are then compressed. Charts drawn through a QGraphicsScene
// make thousands of them; through this device the PDF holds only what shows. The drawing
// itself is unchanged: the same paths, pens, brushes, glyphs and images reach the target.
//
// Draw on it with a QPainter of its own, while the target painter is active and not used
// for anything else; when that QPainter ends, the target is as it was before.
class PaintForwarder : public QPaintDevice
{
public:
    explicit PaintForwarder(QPainter *target);
    ~PaintForwarder() override;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;

    QPainter *m_target;
    std::unique_ptr<Engine> m_engine;
};
