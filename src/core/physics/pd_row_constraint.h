// An implicit PD row on one revolute coordinate of a btMultiBody (docs/model.md#joint-actuation): the solver
// enforces tau = k (q_d - q+) + c (qd_d - qd+) at the END of the step, with the impulse bounded by
// [tau_min, tau_max] * h. Stable at physical gains where explicit PD torques diverge, and the bound
// is exact, which is how the abductor cap enters. Internal to core/physics.
#pragma once

#include <BulletDynamics/Featherstone/btMultiBodyConstraint.h>

namespace gait {

class PdRowConstraint : public btMultiBodyConstraint {
 public:
  /// damping_reference_step_s >= 0: the solver is given the damping c - (h - h_ref) k (never below
  /// 0), so that the row damps as it does at the step h_ref whatever the step h (implicit Euler adds
  /// h k to c); < 0: plain implicit Euler (docs/model.md, Physics settings).
  PdRowConstraint(btMultiBody* body, int link, double damping_reference_step_s);

  /// Target and gains for the next step; tau bounds in Nm (min <= 0 <= max not required).
  void set_command(double target_rad, double target_velocity_rad_s, double stiffness_Nm_rad,
                   double damping_Nms_rad, double min_torque_Nm, double max_torque_Nm);

  /// Torque the row delivered in the last step (Nm), from the solver's impulse.
  double delivered_torque_Nm(double dt_s) { return getAppliedImpulse(0) / dt_s; }

  void finalizeMultiDof() override;
  int getIslandIdA() const override;
  int getIslandIdB() const override;
  void createConstraintRows(btMultiBodyConstraintArray& rows, btMultiBodyJacobianData& data,
                            const btContactSolverInfo& info) override;
  void debugDraw(class btIDebugDraw*) override {}

 private:
  double target_rad_ = 0, target_velocity_rad_s_ = 0;
  double stiffness_ = 0, damping_ = 0;
  double min_torque_ = 0, max_torque_ = 0;
  double damping_reference_step_s_ = -1;
};

}  // namespace gait
