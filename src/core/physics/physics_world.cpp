// Bullet btMultiBody world: floating pelvis and 15 revolute links (docs/model.md#joints), sphere-footed
// contacts on a ground plane, implicit PD rows per coordinate, explicit passive torques.
#include "physics/physics_world.h"

#include <btBulletDynamicsCommon.h>
#include <BulletCollision/CollisionShapes/btCompoundShape.h>
#include <BulletDynamics/Featherstone/btMultiBody.h>
#include <BulletDynamics/Featherstone/btMultiBodyConstraintSolver.h>
#include <BulletDynamics/Featherstone/btMultiBodyDynamicsWorld.h>
#include <BulletDynamics/Featherstone/btMultiBodyLinkCollider.h>

#include <algorithm>
#include <vector>

#include "physics/pd_row_constraint.h"

namespace gait {

namespace {

constexpr int kGroundGroup = 1;
constexpr int kFootGroup = 2;

btVector3 bt(const Vec3& v) { return {v.x, v.y, v.z}; }
Vec3 vec(const btVector3& v) { return {v.x(), v.y(), v.z()}; }
Quat quat(const btQuaternion& q) { return {q.w(), q.x(), q.y(), q.z()}; }

/// Link carrying each segment (the pelvis is the base, -1).
constexpr std::array<int, kNumSegments> kSegmentLink = {-1, 2, 5, 6, 8, 11, 12, 14};

/// Leg links of a side (hip flexion link .. foot).
constexpr int leg_first_link(Side s) { return s == Side::Left ? 3 : 9; }

}  // namespace

struct PhysicsWorld::Impl {
  const Model model;  // a copy: the world must not depend on the caller keeping its Model alive
  double dt;
  btDefaultCollisionConfiguration config;
  btCollisionDispatcher dispatcher{&config};
  btDbvtBroadphase broadphase;
  btMultiBodyConstraintSolver solver;
  btMultiBodyDynamicsWorld world{&dispatcher, &broadphase, &solver, &config};
  btStaticPlaneShape ground_shape{btVector3(0, 0, 1), 0};
  btCollisionObject ground;
  btSphereShape contact_sphere;
  LeftRight<btCompoundShape> foot_shape;
  btMultiBody* body = nullptr;
  std::vector<btMultiBodyLinkCollider*> colliders;
  std::vector<PdRowConstraint*> rows;
  LeftRight<btMultiBodyLinkCollider*> foot_collider{};
  std::array<Vec3, kNumSegments> segment_offset{};  ///< COM from the proximal joint, segment frame
  std::vector<double> link_mass;
  PerCoord<double> row_torque{};
  BodyReadings readings;

  btAlignedObjectArray<btQuaternion> scratch_q;
  btAlignedObjectArray<btVector3> scratch_m;
  std::vector<btVector3> omega, vel;

  Impl(const Model& m, const InitialPose& pose) : model(m), dt(m.dt_s), contact_sphere(m.contact_radius_m) {
    world.setGravity(btVector3(0, 0, -kGravity));
    world.getSolverInfo().m_numIterations = m.solver_iterations;
    if (m.warm_start_factor > 0) {
      world.getSolverInfo().m_solverMode |= SOLVER_USE_ARTICULATED_WARMSTARTING;
      world.getSolverInfo().m_articulatedWarmstartingFactor = m.warm_start_factor;
    }
    ground.setCollisionShape(&ground_shape);
    ground.setFriction(1.0);
    ground.setRestitution(0);
    world.addCollisionObject(&ground, kGroundGroup, kFootGroup);
    build_body(pose);
    read_state({});
  }

  ~Impl() {
    for (PdRowConstraint* r : rows) {
      world.removeMultiBodyConstraint(r);
      delete r;
    }
    for (btMultiBodyLinkCollider* c : colliders) {
      world.removeCollisionObject(c);
      delete c;
    }
    world.removeCollisionObject(&ground);
    if (body) {
      world.removeMultiBody(body);
      delete body;
    }
  }

  static constexpr double kGravity = 9.81;

  /// The feet: four spheres each, colliding with the ground only.
  void add_foot_colliders() {
    const Model& m = model;
    for (Side s : kSides) {
      const int link = leg_first_link(s) + 5;
      btCompoundShape& shape = foot_shape[s];
      for (const Vec3& p : m.foot_contacts_m) {
        btTransform t;
        t.setIdentity();
        t.setOrigin(bt(to_side(p, s) - to_side(m.foot.com_m, s)));
        shape.addChildShape(t, &contact_sphere);
      }
      auto* col = new btMultiBodyLinkCollider(body, link);
      col->setCollisionShape(&shape);
      col->setFriction(m.foot_friction);
      col->setRestitution(0);
      col->setSpinningFriction(0.02);
      // a soft contact (Model::contact_stiffness_N_m, 1000 N s/m) removed the raw heel-strike spike
      // (docs/model.md#contact)
      if (m.contact_stiffness_N_m > 0) {
        // Bullet's soft contact damps as c + h k (implicit Euler). Given c - (h - h_ref) k it damps as
        // c + h_ref k whatever the step h (Model::damping_reference_step_s); given c - h k, as c
        // (step_independent_contact_damping, rejected; docs/model.md#physics-settings)
        const double k = m.contact_stiffness_N_m;
        const double h = m.dt_s / std::max(1, m.physics_substeps);
        const double h_off = m.step_independent_contact_damping ? h
                             : m.damping_reference_step_s >= 0 ? h - m.damping_reference_step_s
                                                                : 0.0;
        const double c = std::max(0.0, m.contact_damping_Ns_m - h_off * k);
        col->setContactStiffnessAndDamping(m.contact_stiffness_N_m, c);
      }
      col->setActivationState(DISABLE_DEACTIVATION);
      world.addCollisionObject(col, kFootGroup, kGroundGroup);
      body->getLink(link).m_collider = col;
      colliders.push_back(col);
      foot_collider[s] = col;
    }
  }

  void build_body(const InitialPose& pose) {
    const Model& m = model;
    const Vec3 small_inertia = Vec3{1e-4, 1e-4, 1e-4} * m.mass_scale * m.length_scale * m.length_scale;
    body = new btMultiBody(kNumCoords, m.pelvis.mass_kg, bt(m.pelvis.inertia_kg_m2), false, false);
    link_mass.assign(kNumCoords, m.link_mass_kg);
    auto revolute = [&](int i, double mass, const Vec3& inertia, int parent, const Vec3& axis,
                        const Vec3& parent_com_to_pivot, const Vec3& pivot_to_com) {
      link_mass[i] = mass;
      body->setupRevolute(i, mass, bt(inertia), parent, btQuaternion::getIdentity(), bt(axis),
                          bt(parent_com_to_pivot), bt(pivot_to_com), true);
    };
    // lumbar: flexion (+y), bending to the left (-x), twist (+z); the HAT rides on the twist link
    revolute(0, m.link_mass_kg, small_inertia, -1, {0, 1, 0}, m.lumbar_joint_m - m.pelvis_com_m, {});
    revolute(1, m.link_mass_kg, small_inertia, 0, {-1, 0, 0}, {}, {});
    revolute(2, m.hat.mass_kg, m.hat.inertia_kg_m2, 1, {0, 0, 1}, {}, m.hat.com_m);
    segment_offset[segment_index(SegmentId::Hat)] = m.hat.com_m;
    segment_offset[segment_index(SegmentId::Pelvis)] = m.pelvis_com_m;
    for (Side s : kSides) {
      const int b = leg_first_link(s);
      const double k = -side_sign(s);  // right: adduction +x, rotation +z, inversion +x
      const Vec3 hip = to_side(m.hip_center_m, s);
      const Vec3 knee{0, 0, -m.thigh_length_m};
      const Vec3 ankle{0, 0, -m.shank_length_m};
      revolute(b + 0, m.link_mass_kg, small_inertia, -1, {0, -1, 0}, hip - m.pelvis_com_m, {});
      revolute(b + 1, m.link_mass_kg, small_inertia, b + 0, {k, 0, 0}, {}, {});
      revolute(b + 2, m.thigh.mass_kg, m.thigh.inertia_kg_m2, b + 1, {0, 0, k}, {}, to_side(m.thigh.com_m, s));
      revolute(b + 3, m.shank.mass_kg, m.shank.inertia_kg_m2, b + 2, {0, 1, 0}, knee - to_side(m.thigh.com_m, s),
               to_side(m.shank.com_m, s));
      revolute(b + 4, m.link_mass_kg, small_inertia, b + 3, {0, -1, 0}, ankle - to_side(m.shank.com_m, s), {});
      revolute(b + 5, m.foot.mass_kg, m.foot.inertia_kg_m2, b + 4, {k, 0, 0}, {}, to_side(m.foot.com_m, s));
      const int seg0 = thigh_index(s);
      segment_offset[seg0 + 0] = to_side(m.thigh.com_m, s);
      segment_offset[seg0 + 1] = to_side(m.shank.com_m, s);
      segment_offset[seg0 + 2] = to_side(m.foot.com_m, s);
    }
    body->finalizeMultiDof();
    body->setLinearDamping(0);
    body->setAngularDamping(0);
    body->setCanSleep(false);
    body->setHasSelfCollision(false);
    body->setMaxCoordinateVelocity(100);

    // initial pose
    const btQuaternion pitch(btVector3(0, 1, 0), pose.pelvis_pitch_rad);
    body->setBasePos(bt(pose.pelvis_position_m) + quatRotate(pitch, bt(m.pelvis_com_m)));
    body->setWorldToBaseRot(pitch.inverse());
    body->setBaseVel(bt(pose.velocity_m_s));
    for (int i = 0; i < kNumCoords; ++i) body->setJointPos(i, pose.q_rad[i]);
    world.addMultiBody(body);

    add_foot_colliders();
    body->forwardKinematics(scratch_q, scratch_m);
    body->updateCollisionObjectWorldTransforms(scratch_q, scratch_m);

    for (int i = 0; i < kNumCoords; ++i) {
      auto* r = new PdRowConstraint(body, i, m.damping_reference_step_s);
      world.addMultiBodyConstraint(r);
      rows.push_back(r);
    }
    omega.resize(kNumCoords + 1);
    vel.resize(kNumCoords + 1);
  }

  /// World velocity of every link's COM (index 0 = base, i + 1 = link i).
  void link_velocities(std::vector<Vec3>& v_world, std::vector<Vec3>& w_world) {
    body->compTreeLinkVelocities(omega.data(), vel.data());
    v_world.resize(kNumCoords + 1);
    w_world.resize(kNumCoords + 1);
    v_world[0] = vec(body->getBaseVel());
    w_world[0] = vec(body->getBaseOmega());
    for (int i = 0; i < kNumCoords; ++i) {
      const btQuaternion r = body->getLink(i).m_cachedWorldTransform.getRotation();
      v_world[i + 1] = vec(quatRotate(r, vel[i + 1]));
      w_world[i + 1] = vec(quatRotate(r, omega[i + 1]));
    }
  }

  std::vector<Vec3> v_before, w_before, v_after, w_after;

  /// One control step: the commands held over Model::physics_substeps Bullet steps of dt / n. The
  /// readings are the step's: contact forces and row torques are the means over its substeps (the
  /// impulse over the control step / its duration), as one substep gives them.
  void step(const PerCoord<JointCommand>& cmd, const PerCoord<double>& explicit_torque) {
    for (int i = 0; i < kNumCoords; ++i) {
      const JointCommand& c = cmd[i];
      rows[i]->set_command(c.target_rad, c.target_velocity_rad_s, c.stiffness_Nm_rad, c.damping_Nms_rad,
                           c.min_torque_Nm, c.max_torque_Nm);
    }
    link_velocities(v_before, w_before);
    const int n = std::max(1, model.physics_substeps);
    const double h = dt / n;
    const double weight = 1.0 / n;
    LeftRight<ContactSum> contact{};
    for (int k = 0; k < n; ++k) {
      for (int i = 0; i < kNumCoords; ++i) body->addJointTorque(i, explicit_torque[i]);
      world.stepSimulation(h, 0, h);
      body->forwardKinematics(scratch_q, scratch_m);
      for (int i = 0; i < kNumCoords; ++i) {
        const double t = rows[i]->delivered_torque_Nm(h) * weight;
        row_torque[i] = k == 0 ? t : row_torque[i] + t;
      }
      add_contacts(h, weight, contact);
    }
    read_state(contact);
  }

  /// Contact forces summed over a step's substeps, and their moment for the centre of pressure.
  struct ContactSum {
    FootContact contact;
    Vec3 moment{};  ///< sum of p x F_z
    double fz = 0;
  };

  /// A segment's centre-of-mass frame in the world, from its link (the pelvis: the base).
  btTransform segment_com_frame(int seg) const {
    const int link = kSegmentLink[seg];
    if (link >= 0) return body->getLink(link).m_cachedWorldTransform;
    return btTransform(body->getWorldToBaseRot().inverse(), body->getBasePos());
  }

  /// Pose of a segment's proximal joint frame, given its centre-of-mass frame `t`.
  Pose segment_pose(int seg, const btTransform& t) const {
    const Quat q = quat(t.getRotation());
    return Pose{vec(t.getOrigin()) - rotate(q, segment_offset[seg]), q};
  }

  /// Adds the contact forces of the last Bullet step of length h, times weight, to sum.
  void add_contacts(double h, double weight, LeftRight<ContactSum>& sum) {
    LeftRight<Pose> ankle_frame{};
    for (Side s : kSides) ankle_frame[s] = segment_pose(foot_index(s), segment_com_frame(foot_index(s)));
    const int n = dispatcher.getNumManifolds();
    for (int i = 0; i < n; ++i) {
      btPersistentManifold* mf = dispatcher.getManifoldByIndexInternal(i);
      for (Side s : kSides) {
        const btCollisionObject* foot = foot_collider[s];
        double sign = 0;
        if (mf->getBody0() == foot) sign = 1;
        else if (mf->getBody1() == foot) sign = -1;
        if (sign == 0) continue;
        for (int j = 0; j < mf->getNumContacts(); ++j) {
          const btManifoldPoint& pt = mf->getContactPoint(j);
          const btVector3 impulse = pt.m_normalWorldOnB * pt.m_appliedImpulse +
                                    pt.m_lateralFrictionDir1 * pt.m_appliedImpulseLateral1 +
                                    pt.m_lateralFrictionDir2 * pt.m_appliedImpulseLateral2;
          const Vec3 f = vec(impulse) * (sign / h) * weight;
          const Vec3 p = vec(sign > 0 ? pt.getPositionWorldOnA() : pt.getPositionWorldOnB());
          ContactSum& c = sum[s];
          c.contact.force_N += f;
          c.moment += p * f.z;
          c.fz += f.z;
          // heel or forefoot: by the point's position along the foot (ahead of the ankle or not)
          const Vec3 local = rotate(conjugate(ankle_frame[s].orientation), p - ankle_frame[s].position_m);
          (local.x < 0.045 * model.length_scale ? c.contact.heel_force_N : c.contact.forefoot_force_N) += f.z;
        }
      }
    }
  }

  void read_state(const LeftRight<ContactSum>& contact) {
    BodyReadings& r = readings;
    for (int i = 0; i < kNumCoords; ++i) {
      r.q_rad[i] = body->getJointPos(i);
      r.qd_rad_s[i] = body->getJointVel(i);
    }
    link_velocities(v_after, w_after);
    Vec3 com{}, com_vel{};
    double mass = 0;
    for (int seg = 0; seg < kNumSegments; ++seg) {
      const int link = kSegmentLink[seg];
      const btTransform t = segment_com_frame(seg);
      r.segment_com_m[seg] = vec(t.getOrigin());
      r.segment[seg] = segment_pose(seg, t);
      r.segment_velocity_m_s[seg] = v_after[link + 1];
      r.segment_angular_velocity_rad_s[seg] = w_after[link + 1];
    }
    // whole-body COM over every link, light ones included
    com = vec(body->getBasePos()) * model.pelvis.mass_kg;
    com_vel = v_after[0] * model.pelvis.mass_kg;
    mass = model.pelvis.mass_kg;
    for (int i = 0; i < kNumCoords; ++i) {
      com += vec(body->getLink(i).m_cachedWorldTransform.getOrigin()) * link_mass[i];
      com_vel += v_after[i + 1] * link_mass[i];
      mass += link_mass[i];
    }
    r.com_m = com / mass;
    r.com_velocity_m_s = com_vel / mass;
    r.pelvis = r.segment[segment_index(SegmentId::Pelvis)];
    r.pelvis_angular_velocity_rad_s = w_after[0];
    for (Side s : kSides) {
      r.contact[s] = contact[s].contact;
      if (contact[s].fz > 1e-6) r.contact[s].cop_m = contact[s].moment / contact[s].fz;
    }
    // hip reaction: Newton's second law on each leg's links over the step
    if (!v_before.empty()) {
      for (Side s : kSides) {
        Vec3 f{};
        for (int i = leg_first_link(s); i < leg_first_link(s) + 6; ++i)
          f += ((v_after[i + 1] - v_before[i + 1]) / dt + Vec3{0, 0, kGravity}) * link_mass[i];
        r.hip_reaction_on_leg_N[s] = f - r.contact[s].force_N;
      }
    }
  }
};

PhysicsWorld::PhysicsWorld(const Model& model, const InitialPose& pose)
    : impl_(std::make_unique<Impl>(model, pose)) {}
PhysicsWorld::~PhysicsWorld() = default;
PhysicsWorld::PhysicsWorld(PhysicsWorld&&) noexcept = default;
PhysicsWorld& PhysicsWorld::operator=(PhysicsWorld&&) noexcept = default;

void PhysicsWorld::step(const PerCoord<JointCommand>& rows, const PerCoord<double>& explicit_torque_Nm) {
  impl_->step(rows, explicit_torque_Nm);
}
const BodyReadings& PhysicsWorld::readings() const { return impl_->readings; }
const PerCoord<double>& PhysicsWorld::row_torque_Nm() const { return impl_->row_torque; }

}  // namespace gait
