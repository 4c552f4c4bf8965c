// Implicit PD row: soft-constraint algebra (Catto, "Soft constraints", GDC 2011) on a joint DOF.
#include "physics/pd_row_constraint.h"

#include <BulletDynamics/Featherstone/btMultiBody.h>
#include <BulletDynamics/Featherstone/btMultiBodyLinkCollider.h>

#include <algorithm>

namespace gait {

PdRowConstraint::PdRowConstraint(btMultiBody* body, int link, double damping_reference_step_s)
    : btMultiBodyConstraint(body, body, link, body->getLink(link).m_parent, 1, true,
                            MULTIBODY_CONSTRAINT_1DOF_JOINT_MOTOR),
      damping_reference_step_s_(damping_reference_step_s) {}

void PdRowConstraint::set_command(double target_rad, double target_velocity_rad_s, double stiffness_Nm_rad,
                                  double damping_Nms_rad, double min_torque_Nm, double max_torque_Nm) {
  target_rad_ = target_rad;
  target_velocity_rad_s_ = target_velocity_rad_s;
  stiffness_ = stiffness_Nm_rad;
  damping_ = damping_Nms_rad;
  min_torque_ = min_torque_Nm;
  max_torque_ = max_torque_Nm;
}

void PdRowConstraint::finalizeMultiDof() {
  allocateJacobiansMultiDof();
  // the row's Jacobian is the unit vector of this link's DOF (after the base's 6)
  jacobianA(0)[6 + m_bodyA->getLink(m_linkA).m_dofOffset] = 1;
  m_numDofsFinalized = m_jacSizeBoth;
}

int PdRowConstraint::getIslandIdA() const {
  if (btMultiBodyLinkCollider* col = m_bodyA->getBaseCollider()) return col->getIslandTag();
  for (int i = 0; i < m_bodyA->getNumLinks(); ++i)
    if (m_bodyA->getLink(i).m_collider) return m_bodyA->getLink(i).m_collider->getIslandTag();
  return -1;
}

int PdRowConstraint::getIslandIdB() const { return getIslandIdA(); }

void PdRowConstraint::createConstraintRows(btMultiBodyConstraintArray& rows, btMultiBodyJacobianData& data,
                                           const btContactSolverInfo& info) {
  if (m_numDofsFinalized != m_jacSizeBoth) finalizeMultiDof();
  if (m_numDofsFinalized != m_jacSizeBoth) return;

  const double h = info.m_timeStep;
  const double q = m_bodyA->getJointPos(m_linkA);
  // implicit Euler damps as c + h k; to damp as at the reference step the solver gets
  // c_s = c - (h - h_ref) k
  const double c_s = damping_reference_step_s_ >= 0
                         ? std::max(0.0, damping_ - (h - damping_reference_step_s_) * stiffness_)
                         : damping_;
  const double hk_c = h * stiffness_ + c_s;
  if (hk_c <= 0 && min_torque_ == 0 && max_torque_ == 0) return;
  // J v+ + s lambda = v_t, with s = 1 / (h (h k + c_s)) and v_t = (k (q_d - q) + c qd_d) / (h k + c_s)
  // (the velocity target keeps its full weight c: the law is k (q_d - q) + c (qd_d - qd))
  const double s = hk_c > 0 ? 1.0 / (h * hk_c) : 1e12;
  const double v_t = hk_c > 0 ? (stiffness_ * (target_rad_ - q) + damping_ * target_velocity_rad_s_) / hk_c : 0;

  btMultiBodySolverConstraint& row = rows.expandNonInitializing();
  const btVector3 zero(0, 0, 0);
  const double rel_vel = fillMultiBodyConstraint(row, data, jacobianA(0), jacobianB(0), zero, zero, zero, zero, 0,
                                                 info, min_torque_ * h, max_torque_ * h, false, 1, false, v_t);
  // soften: effective mass 1 / (A + s), and the cfm term s * lambda in the solver's update
  const double a = 1.0 / row.m_jacDiagABInv;
  const double inv = 1.0 / (a + s);
  row.m_jacDiagABInv = inv;
  row.m_rhs = (v_t - rel_vel) * inv;
  row.m_cfm = s * inv;
  row.m_orgConstraint = this;
  row.m_orgDofIndex = 0;
  // revolute: the axis in the world, used only by non-multibody code paths
  const btMultibodyLink& link = m_bodyA->getLink(m_linkA);
  const btVector3 axis = quatRotate(link.m_cachedWorldTransform.getRotation(), link.getAxisTop(0));
  row.m_contactNormal1.setZero();
  row.m_contactNormal2.setZero();
  row.m_relpos1CrossNormal = axis;
  row.m_relpos2CrossNormal = -axis;
}

}  // namespace gait
